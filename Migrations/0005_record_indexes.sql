-- One index per kind of personal record, each in the order that record is ranked by, so the
-- check on `record` reads the top few sets of each kind instead of every set of the exercise
-- (on a log of 1,000,000 sets the six candidate queries took 5.9 ms with 0004's single index,
-- 2.3 ms with these). Warm-ups never count, so they are left out of all of them; `kind` is
-- still the last column of each, so that the queries (which name it) read the index alone.

DROP INDEX logged_set_for_records;

-- The heaviest load for a rep count, external or added to bodyweight.
CREATE INDEX logged_set_for_load_records ON logged_set (exercise_id, bodyweight, reps, weight_kg DESC, performed_at, kind)
    WHERE kind <> 'warmup';

-- The best estimated one-rep max (Epley, as `OneRepMax` computes it).
CREATE INDEX logged_set_for_estimate_records ON logged_set (
    exercise_id, bodyweight, (CASE WHEN reps = 1 THEN weight_kg ELSE weight_kg * (1 + reps / 30.0) END) DESC,
    performed_at, reps, weight_kg, kind)
    WHERE kind <> 'warmup';

-- The most reps without external load.
CREATE INDEX logged_set_for_rep_records ON logged_set (exercise_id, reps DESC, performed_at, bodyweight, weight_kg, kind)
    WHERE kind <> 'warmup';

-- The longest hold and the longest distance.
CREATE INDEX logged_set_for_hold_records ON logged_set (exercise_id, duration_s DESC, performed_at, reps, distance_m, kind)
    WHERE kind <> 'warmup';
CREATE INDEX logged_set_for_distance_records ON logged_set (exercise_id, distance_m DESC, performed_at, kind)
    WHERE kind <> 'warmup';

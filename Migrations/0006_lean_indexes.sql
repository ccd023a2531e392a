-- Smaller indexes on logged_set, rebuilt in this migration's one transaction. On the
-- benchmark's log of 1,000,000 sets they took 408 bytes per set beside the table's 92 (eleven
-- indexes); the questions they answer stay the same, each still answered from an index:
--
-- * one index per exercise instead of two: 0001's (exercise_id, performed_at) walks an
--   exercise's sets in time order (stats, the `last:` line, history EXERCISE); 0004's copy
--   with the session in it goes (history EXERCISE --last N reads the sessions of the
--   exercise's sets from the table);
-- * the record indexes hold only the sets that can hold that kind of record (a hold needs a
--   duration, a distance record a distance, a load record a load), and no longer the set's
--   kind: the partial index's condition already leaves warm-ups out, and each record query
--   reads its first three entries and then those rows;
-- * no index of its own for the estimated one-rep max: for a given rep count the Epley estimate
--   grows with the load, so the best estimate is among the heaviest sets of each rep count
--   from 1 to 12, which the load-record index holds;
-- * the batch index holds only the sets that `record` stored (imports have no batch), and the
--   import-key index only imported sets: a lookup by batch or key names one, which implies
--   it is not NULL, and NULLs never conflicted in a UNIQUE index.

DROP INDEX logged_set_by_exercise_session;

DROP INDEX logged_set_by_batch;
CREATE INDEX logged_set_by_batch ON logged_set (batch_id) WHERE batch_id IS NOT NULL;

DROP INDEX logged_set_by_import_key;
CREATE UNIQUE INDEX logged_set_by_import_key ON logged_set (import_key) WHERE import_key IS NOT NULL;

DROP INDEX logged_set_for_load_records;
DROP INDEX logged_set_for_estimate_records;
DROP INDEX logged_set_for_rep_records;
DROP INDEX logged_set_for_hold_records;
DROP INDEX logged_set_for_distance_records;

-- The heaviest load for a rep count, external or added to bodyweight (and so the best estimate).
CREATE INDEX logged_set_for_load_records ON logged_set (exercise_id, bodyweight, reps, weight_kg DESC, performed_at)
    WHERE kind <> 'warmup' AND reps IS NOT NULL AND weight_kg > 0;

-- The most reps without external load.
CREATE INDEX logged_set_for_rep_records ON logged_set (exercise_id, reps DESC, performed_at)
    WHERE kind <> 'warmup' AND reps IS NOT NULL AND (bodyweight = 1 OR weight_kg IS NULL OR weight_kg = 0);

-- The longest hold (a duration without reps or distance) and the longest distance.
CREATE INDEX logged_set_for_hold_records ON logged_set (exercise_id, duration_s DESC, performed_at)
    WHERE kind <> 'warmup' AND duration_s IS NOT NULL AND reps IS NULL AND distance_m IS NULL;
CREATE INDEX logged_set_for_distance_records ON logged_set (exercise_id, distance_m DESC, performed_at)
    WHERE kind <> 'warmup' AND distance_m IS NOT NULL;

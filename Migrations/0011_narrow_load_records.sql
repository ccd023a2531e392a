-- The load-record index without the set's time. On the benchmark's log of 1,000,000 sets it
-- was the largest index (44.5 bytes per set, of 229 for the log): half of each entry was
-- `performed_at`, which only ordered the sets of one load among themselves. A record query
-- reads the heaviest load of a rep count from the index and orders the few sets of that load
-- by time (SQLite sorts only that part), so each query still reads a handful of entries and
-- gives the same sets; the index takes about 20 bytes per set.

DROP INDEX logged_set_for_load_records;

-- The heaviest load for a rep count, external or added to bodyweight (and so the best estimate).
CREATE INDEX logged_set_for_load_records ON logged_set (exercise_id, bodyweight, reps, weight_kg DESC)
    WHERE kind <> 'warmup' AND reps IS NOT NULL AND weight_kg > 0;

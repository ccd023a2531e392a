-- Indexes that let the questions asked on every command be answered from the index alone,
-- without reading each of an exercise's sets from the table (measured on a log of 1,000,000
-- sets: history and record read thousands of scattered table pages without them).

-- `history EXERCISE --last N`: the newest sessions that have the exercise.
CREATE INDEX logged_set_by_exercise_session ON logged_set (exercise_id, session_id, performed_at);

-- The personal-record check on `record`: the best sets of each kind for one exercise.
CREATE INDEX logged_set_for_records ON logged_set (exercise_id, kind, bodyweight, reps, weight_kg, duration_s, distance_m, performed_at);

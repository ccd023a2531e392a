-- Fills a wlog database that already holds exercises with a synthetic log of :sets sets: one
-- session a day of 25 sets, the last one yesterday, across the first 200 exercises. A bigger log
-- reaches further back (100,000 sets: 11 years; 1,000,000 sets: 110 years, from 1917), while the
-- recent weeks look the same at every size, as a lifter's log grows: so a command that shows
-- recent data can be flat, and one that reads the whole log grows with it. (An earlier version
-- packed every size into five years, which made each session hold 547 sets at 1M.)
-- Run as: sqlite3 DB -cmd ".parameter set :sets 1000000" < make-log.sql
BEGIN;
CREATE TEMP TABLE bench_exercise AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM exercise ORDER BY id LIMIT 200;
CREATE TEMP TABLE bench_span AS SELECT (:sets + 24) / 25 AS days;
WITH RECURSIVE day(d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM day WHERE d < (SELECT days FROM bench_span) - 1)
INSERT INTO workout_session (id, name, started_at, finished_at, created_at)
SELECT d + 1, NULL,
       strftime('%Y-%m-%d %H:%M:%f', 'now', 'start of day', '-' || (SELECT days FROM bench_span) || ' days', '+17 hours', '+' || d || ' days'),
       strftime('%Y-%m-%d %H:%M:%f', 'now', 'start of day', '-' || (SELECT days FROM bench_span) || ' days', '+19 hours', '+' || d || ' days'),
       strftime('%Y-%m-%d %H:%M:%f', 'now', 'start of day', '-' || (SELECT days FROM bench_span) || ' days', '+19 hours', '+' || d || ' days')
FROM day;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :sets - 1),
numbered AS (SELECT i, i / 25 AS day, i % 200 AS slot FROM n)
INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, weight_kg, weight_unit,
                        bodyweight, rpe, kind, created_at)
SELECT day + 1, e.id,
       strftime('%Y-%m-%d %H:%M:%f', 'now', 'start of day', '-' || (SELECT days FROM bench_span) || ' days', '+17 hours', '+' || day || ' days', '+' || ((i % 25) * 240) || ' seconds'),
       1 + (i % 5), 3 + (i % 10),
       CASE WHEN i % 7 = 0 THEN (45 + (i % 40) * 5) * 0.45359237 ELSE 20 + (i % 40) * 2.5 END,
       CASE WHEN i % 7 = 0 THEN 'lb' ELSE 'kg' END,
       0, CASE WHEN i % 3 = 0 THEN 8 END, CASE WHEN i % 11 = 0 THEN 'warmup' ELSE 'working' END,
       strftime('%Y-%m-%d %H:%M:%f', 'now', 'start of day', '-' || (SELECT days FROM bench_span) || ' days', '+19 hours', '+' || day || ' days')
FROM numbered JOIN bench_exercise e ON e.n = numbered.slot;
COMMIT;
ANALYZE;

-- Each exercise's totals over the whole log, so that `report` reads one row per exercise instead
-- of every set (on the benchmark's log of 1,000,000 sets, grouping the sets took 3.1 s in the
-- sqlite3 shell alone). The triggers below keep every row exact on each insert, delete and
-- update of `logged_set`, whatever writes it (record, import, edit, delete, undo), with index
-- seeks only. Counted sets are those that are not warm-ups, as everywhere in wlog. The first and
-- last set of an exercise are not kept here: the report reads them with two seeks of the
-- exercise's time index, so that no write pays for them.

CREATE TABLE exercise_log_totals (
    exercise_id INTEGER PRIMARY KEY,
    -- Counted sets and warm-ups; a row with neither is deleted.
    sets INTEGER NOT NULL,
    warmup_sets INTEGER NOT NULL,
    -- Over counted sets: reps, reps × external load (kg), seconds and metres.
    reps INTEGER NOT NULL,
    volume_kg REAL NOT NULL,
    duration_s REAL NOT NULL,
    distance_m REAL NOT NULL,
    -- Counted sets that are holds (a duration without reps or distance).
    holds INTEGER NOT NULL,
    -- Sessions with at least one set of the exercise, warm-ups included.
    sessions INTEGER NOT NULL
);

INSERT INTO exercise_log_totals
SELECT exercise_id, SUM(kind <> 'warmup'), SUM(kind = 'warmup'),
       COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN reps END), 0),
       COALESCE(SUM(CASE WHEN kind <> 'warmup' AND bodyweight = 0 AND weight_kg > 0 THEN reps * weight_kg END), 0),
       COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN duration_s END), 0),
       COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN distance_m END), 0),
       SUM(kind <> 'warmup' AND duration_s IS NOT NULL AND reps IS NULL AND distance_m IS NULL),
       COUNT(DISTINCT session_id)
FROM logged_set GROUP BY exercise_id;

-- A new set adds itself; its session counts when it is the exercise's only set there (a seek of
-- the session index, which reads that session's sets; `+` keeps the exercise index out of it).
CREATE TRIGGER logged_set_adds_to_totals AFTER INSERT ON logged_set
BEGIN
    INSERT INTO exercise_log_totals VALUES (
        NEW.exercise_id, NEW.kind <> 'warmup', NEW.kind = 'warmup',
        CASE WHEN NEW.kind <> 'warmup' THEN COALESCE(NEW.reps, 0) ELSE 0 END,
        CASE WHEN NEW.kind <> 'warmup' AND NEW.bodyweight = 0 AND NEW.weight_kg > 0
            THEN COALESCE(NEW.reps * NEW.weight_kg, 0) ELSE 0 END,
        CASE WHEN NEW.kind <> 'warmup' THEN COALESCE(NEW.duration_s, 0) ELSE 0 END,
        CASE WHEN NEW.kind <> 'warmup' THEN COALESCE(NEW.distance_m, 0) ELSE 0 END,
        NEW.kind <> 'warmup' AND NEW.duration_s IS NOT NULL AND NEW.reps IS NULL AND NEW.distance_m IS NULL,
        NOT EXISTS (SELECT 1 FROM logged_set WHERE session_id = NEW.session_id AND +exercise_id = NEW.exercise_id AND id <> NEW.id))
    ON CONFLICT (exercise_id) DO UPDATE SET
        sets = sets + excluded.sets, warmup_sets = warmup_sets + excluded.warmup_sets, reps = reps + excluded.reps,
        volume_kg = volume_kg + excluded.volume_kg, duration_s = duration_s + excluded.duration_s,
        distance_m = distance_m + excluded.distance_m, holds = holds + excluded.holds,
        sessions = sessions + excluded.sessions;
END;

-- A deleted set takes itself away; its session goes when no other set of the exercise is left
-- there; the row goes with the exercise's last set.
CREATE TRIGGER logged_set_leaves_totals AFTER DELETE ON logged_set
BEGIN
    UPDATE exercise_log_totals SET
        sets = sets - (OLD.kind <> 'warmup'), warmup_sets = warmup_sets - (OLD.kind = 'warmup'),
        reps = reps - CASE WHEN OLD.kind <> 'warmup' THEN COALESCE(OLD.reps, 0) ELSE 0 END,
        volume_kg = volume_kg - CASE WHEN OLD.kind <> 'warmup' AND OLD.bodyweight = 0 AND OLD.weight_kg > 0
            THEN COALESCE(OLD.reps * OLD.weight_kg, 0) ELSE 0 END,
        duration_s = duration_s - CASE WHEN OLD.kind <> 'warmup' THEN COALESCE(OLD.duration_s, 0) ELSE 0 END,
        distance_m = distance_m - CASE WHEN OLD.kind <> 'warmup' THEN COALESCE(OLD.distance_m, 0) ELSE 0 END,
        holds = holds - (OLD.kind <> 'warmup' AND OLD.duration_s IS NOT NULL AND OLD.reps IS NULL AND OLD.distance_m IS NULL),
        sessions = sessions - NOT EXISTS (
            SELECT 1 FROM logged_set WHERE session_id = OLD.session_id AND +exercise_id = OLD.exercise_id AND id <> OLD.id)
    WHERE exercise_id = OLD.exercise_id;
    DELETE FROM exercise_log_totals WHERE exercise_id = OLD.exercise_id AND sets = 0 AND warmup_sets = 0;
END;

-- A changed set is taken away as it was and added as it is, when a column the totals read changed.
CREATE TRIGGER logged_set_changes_totals AFTER UPDATE OF
    exercise_id, session_id, reps, weight_kg, bodyweight, duration_s, distance_m, kind ON logged_set
WHEN OLD.exercise_id IS NOT NEW.exercise_id OR OLD.session_id IS NOT NEW.session_id
    OR OLD.reps IS NOT NEW.reps OR OLD.weight_kg IS NOT NEW.weight_kg
    OR OLD.bodyweight IS NOT NEW.bodyweight OR OLD.duration_s IS NOT NEW.duration_s
    OR OLD.distance_m IS NOT NEW.distance_m OR OLD.kind IS NOT NEW.kind
BEGIN
    UPDATE exercise_log_totals SET
        sets = sets - (OLD.kind <> 'warmup'), warmup_sets = warmup_sets - (OLD.kind = 'warmup'),
        reps = reps - CASE WHEN OLD.kind <> 'warmup' THEN COALESCE(OLD.reps, 0) ELSE 0 END,
        volume_kg = volume_kg - CASE WHEN OLD.kind <> 'warmup' AND OLD.bodyweight = 0 AND OLD.weight_kg > 0
            THEN COALESCE(OLD.reps * OLD.weight_kg, 0) ELSE 0 END,
        duration_s = duration_s - CASE WHEN OLD.kind <> 'warmup' THEN COALESCE(OLD.duration_s, 0) ELSE 0 END,
        distance_m = distance_m - CASE WHEN OLD.kind <> 'warmup' THEN COALESCE(OLD.distance_m, 0) ELSE 0 END,
        holds = holds - (OLD.kind <> 'warmup' AND OLD.duration_s IS NOT NULL AND OLD.reps IS NULL AND OLD.distance_m IS NULL),
        sessions = sessions - NOT EXISTS (
            SELECT 1 FROM logged_set WHERE session_id = OLD.session_id AND +exercise_id = OLD.exercise_id AND id <> OLD.id)
    WHERE exercise_id = OLD.exercise_id;
    DELETE FROM exercise_log_totals WHERE exercise_id = OLD.exercise_id AND sets = 0 AND warmup_sets = 0;
    INSERT INTO exercise_log_totals VALUES (
        NEW.exercise_id, NEW.kind <> 'warmup', NEW.kind = 'warmup',
        CASE WHEN NEW.kind <> 'warmup' THEN COALESCE(NEW.reps, 0) ELSE 0 END,
        CASE WHEN NEW.kind <> 'warmup' AND NEW.bodyweight = 0 AND NEW.weight_kg > 0
            THEN COALESCE(NEW.reps * NEW.weight_kg, 0) ELSE 0 END,
        CASE WHEN NEW.kind <> 'warmup' THEN COALESCE(NEW.duration_s, 0) ELSE 0 END,
        CASE WHEN NEW.kind <> 'warmup' THEN COALESCE(NEW.distance_m, 0) ELSE 0 END,
        NEW.kind <> 'warmup' AND NEW.duration_s IS NOT NULL AND NEW.reps IS NULL AND NEW.distance_m IS NULL,
        NOT EXISTS (SELECT 1 FROM logged_set WHERE session_id = NEW.session_id AND +exercise_id = NEW.exercise_id AND id <> NEW.id))
    ON CONFLICT (exercise_id) DO UPDATE SET
        sets = sets + excluded.sets, warmup_sets = warmup_sets + excluded.warmup_sets, reps = reps + excluded.reps,
        volume_kg = volume_kg + excluded.volume_kg, duration_s = duration_s + excluded.duration_s,
        distance_m = distance_m + excluded.distance_m, holds = holds + excluded.holds,
        sessions = sessions + excluded.sessions;
END;

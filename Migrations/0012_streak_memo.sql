-- The streaks of `summary` walk every session of the log, oldest first. This table keeps where
-- that walk stood at a point in the past, one row per time zone (a training day is a local
-- day), so that `summary` walks only the sessions that started after the point.
--
-- A row stays only while it is exact: the triggers below delete every row whose point is at or
-- after a session that a write touches (a set added to it, taken from it or moved to or from
-- it; its start moved; the session deleted). A `record` into today's session leaves the rows
-- alone: the point is weeks in the past, and the trigger's condition reads the table (a row per
-- time zone, usually one or none) and at most the session by its id. Nothing is computed here:
-- `summary` writes a row when it has walked the log and the write costs it no wait.

CREATE TABLE streak_memo (
    -- The time zone's identifier (`Europe/Berlin`): its local days are the training days.
    time_zone TEXT PRIMARY KEY,
    -- Sessions that started at or before this moment are in the walk (UTC text, as every time).
    covers_through TEXT NOT NULL,
    -- The newest training day walked (days since 1970-01-01); NULL when no session was.
    last_day INTEGER,
    -- The run of consecutive days that ends on last_day, and the longest run of days.
    day_run INTEGER NOT NULL CHECK (day_run >= 0),
    longest_days INTEGER NOT NULL CHECK (longest_days >= day_run),
    -- The run of consecutive ISO weeks that ends in last_day's week, and the longest such run.
    week_run INTEGER NOT NULL CHECK (week_run >= 0),
    longest_weeks INTEGER NOT NULL CHECK (longest_weeks >= week_run)
) WITHOUT ROWID;

-- Each condition first asks whether any row is kept: with none, as after the first set of an
-- import into the past, a set costs one look at an empty table. Otherwise it reads the session
-- by its id and compares its start with the newest point kept (a row per time zone, usually one).

CREATE TRIGGER streak_memo_after_set_insert AFTER INSERT ON logged_set
WHEN EXISTS (SELECT 1 FROM streak_memo)
    AND (SELECT started_at FROM workout_session WHERE id = NEW.session_id)
        <= (SELECT max(covers_through) FROM streak_memo)
BEGIN
    DELETE FROM streak_memo
    WHERE covers_through >= (SELECT started_at FROM workout_session WHERE id = NEW.session_id);
END;

CREATE TRIGGER streak_memo_after_set_delete AFTER DELETE ON logged_set
WHEN EXISTS (SELECT 1 FROM streak_memo)
    AND (SELECT started_at FROM workout_session WHERE id = OLD.session_id)
        <= (SELECT max(covers_through) FROM streak_memo)
BEGIN
    DELETE FROM streak_memo
    WHERE covers_through >= (SELECT started_at FROM workout_session WHERE id = OLD.session_id);
END;

CREATE TRIGGER streak_memo_after_set_move AFTER UPDATE OF session_id ON logged_set
WHEN OLD.session_id IS NOT NEW.session_id AND EXISTS (SELECT 1 FROM streak_memo)
    AND (SELECT min(started_at) FROM workout_session WHERE id IN (OLD.session_id, NEW.session_id))
        <= (SELECT max(covers_through) FROM streak_memo)
BEGIN
    DELETE FROM streak_memo
    WHERE covers_through >= (
        SELECT min(started_at) FROM workout_session WHERE id IN (OLD.session_id, NEW.session_id));
END;

CREATE TRIGGER streak_memo_after_session_move AFTER UPDATE OF started_at ON workout_session
WHEN OLD.started_at IS NOT NEW.started_at AND EXISTS (SELECT 1 FROM streak_memo)
    AND min(OLD.started_at, NEW.started_at) <= (SELECT max(covers_through) FROM streak_memo)
BEGIN
    DELETE FROM streak_memo WHERE covers_through >= min(OLD.started_at, NEW.started_at);
END;

CREATE TRIGGER streak_memo_after_session_delete AFTER DELETE ON workout_session
WHEN EXISTS (SELECT 1 FROM streak_memo) AND OLD.started_at <= (SELECT max(covers_through) FROM streak_memo)
BEGIN
    DELETE FROM streak_memo WHERE covers_through >= OLD.started_at;
END;

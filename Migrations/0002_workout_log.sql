-- The workout log: sessions, the sets logged in them, and the batch each `record` stored
-- (so that `undo` removes exactly that). Times are UTC text, as GRDB writes dates.

CREATE TABLE workout_session (
    id INTEGER PRIMARY KEY,
    name TEXT,
    note TEXT,
    started_at TEXT NOT NULL,
    -- Set by `session finish`; a finished session takes no more sets.
    finished_at TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX workout_session_by_start ON workout_session (started_at);

CREATE TABLE record_batch (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    -- The session this batch opened, if it opened one (undo removes it when it is left empty).
    opened_session_id INTEGER REFERENCES workout_session (id) ON DELETE SET NULL
);

CREATE TABLE logged_set (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES workout_session (id) ON DELETE RESTRICT,
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE RESTRICT,
    batch_id INTEGER REFERENCES record_batch (id) ON DELETE SET NULL,
    performed_at TEXT NOT NULL,
    set_number INTEGER NOT NULL CHECK (set_number >= 1),
    reps INTEGER CHECK (reps BETWEEN 1 AND 1000),
    -- The load in kilograms (the added load for bodyweight work); NULL for none.
    weight_kg REAL CHECK (weight_kg BETWEEN 0 AND 1000),
    -- The unit the weight was entered in, kept for display.
    weight_unit TEXT NOT NULL DEFAULT 'kg' CHECK (weight_unit IN ('kg', 'lb')),
    bodyweight INTEGER NOT NULL DEFAULT 0 CHECK (bodyweight IN (0, 1)),
    duration_s REAL CHECK (duration_s > 0),
    distance_m REAL CHECK (distance_m > 0),
    rpe REAL CHECK (rpe BETWEEN 1 AND 10),
    rir INTEGER CHECK (rir BETWEEN 0 AND 10),
    kind TEXT NOT NULL DEFAULT 'working' CHECK (kind IN ('warmup', 'working', 'drop', 'failure')),
    note TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX logged_set_by_exercise ON logged_set (exercise_id, performed_at);
CREATE INDEX logged_set_by_time ON logged_set (performed_at);
CREATE INDEX logged_set_by_session ON logged_set (session_id);
CREATE INDEX logged_set_by_batch ON logged_set (batch_id);

-- User settings, such as the default weight unit and the session gap.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

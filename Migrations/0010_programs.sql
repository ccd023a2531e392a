-- Training programs: the Liftoscript text as the lifter wrote it, the state its progressions have
-- moved it to, the active one, the 1RMs and training maxes it uses, and every workout finished
-- with it (with the state before, so that `undo` can put it back) and the changes each made.
-- Times are UTC text, as GRDB writes dates.

CREATE TABLE program (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    -- The file as it was added (the latest add under this name).
    source_text TEXT NOT NULL CHECK (length(source_text) BETWEEN 1 AND 1000000),
    -- The program as its progressions have moved it: every exercise spelled out with its current
    -- weights, reps, set variation, counters and state variables (what `program export` writes).
    -- Parsing it gives the same program, so it is the single home of the progression state.
    state_text TEXT NOT NULL CHECK (length(state_text) >= 1),
    -- The next workout: week and day, from 1.
    week INTEGER NOT NULL DEFAULT 1 CHECK (week >= 1),
    day INTEGER NOT NULL DEFAULT 1 CHECK (day >= 1),
    -- Sets logged at or before this time were counted by an earlier finish (or predate the
    -- position); the next finish reads only later ones. NULL: every set counts.
    counted_through TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Each exercise of a program and the exercise of the library it resolved to when it was added.
CREATE TABLE program_exercise (
    program_id INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    -- `label|name|equipment`, lower-cased: how the program names the exercise (ExerciseKey).
    exercise_key TEXT NOT NULL CHECK (length(exercise_key) >= 1),
    -- As written in the program, for display.
    display_name TEXT NOT NULL,
    -- Removing a program removes these rows, never the exercise or its sets.
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE RESTRICT,
    PRIMARY KEY (program_id, exercise_key)
) WITHOUT ROWID;

CREATE INDEX program_exercise_by_exercise ON program_exercise (exercise_id);

-- The one active program (at most one row).
CREATE TABLE active_program (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    program_id INTEGER NOT NULL UNIQUE REFERENCES program (id) ON DELETE CASCADE
);

-- 1RMs and training maxes a program resolves percentages against, by exercise name as the
-- program writes it: set by hand (`program 1rm`) or by a progression script.
CREATE TABLE program_one_rep_max (
    program_id INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    exercise_name TEXT NOT NULL COLLATE NOCASE CHECK (length(exercise_name) BETWEEN 1 AND 100),
    weight REAL NOT NULL CHECK (weight > 0 AND weight <= 10000),
    unit TEXT NOT NULL CHECK (unit IN ('kg', 'lb')),
    source TEXT NOT NULL CHECK (source IN ('hand', 'script')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (program_id, exercise_name)
) WITHOUT ROWID;

-- One finished workout of a program: where it was, and the state before it, exactly, so that
-- undoing the finish restores the state, the position and the 1RMs.
CREATE TABLE program_workout (
    id INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    week INTEGER NOT NULL CHECK (week >= 1),
    day INTEGER NOT NULL CHECK (day >= 1),
    finished_at TEXT NOT NULL,
    -- The latest logged set this finish counted (NULL when none was logged).
    counted_through TEXT,
    state_text_before TEXT NOT NULL,
    counted_through_before TEXT,
    -- The program's 1RMs before, as JSON: [{"name", "weight", "unit", "source"}].
    one_rep_maxes_before TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(one_rep_maxes_before))
);

CREATE INDEX program_workout_by_program ON program_workout (program_id, finished_at);

-- What a progression changed in a finished workout, for `program history`.
CREATE TABLE program_change (
    id INTEGER PRIMARY KEY,
    workout_id INTEGER NOT NULL REFERENCES program_workout (id) ON DELETE CASCADE,
    exercise TEXT NOT NULL,
    -- The first work set's weight before and after (`100kg`), when the change moved it.
    weight_before TEXT,
    weight_after TEXT,
    message TEXT NOT NULL
);

CREATE INDEX program_change_by_workout ON program_change (workout_id);

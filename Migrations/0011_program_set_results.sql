-- What a program prescribed beside what was lifted, per finished workout, exercise and set, for
-- `stats EXERCISE`. Written by `finish` with the sets it counted copied in, so deleting or editing a
-- logged set afterwards changes nothing here; removed with its workout (an undone finish, a removed
-- program).

CREATE TABLE program_set_result (
    workout_id INTEGER NOT NULL REFERENCES program_workout (id) ON DELETE CASCADE,
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    -- The set's place among the exercise's sets of the workout, from 1.
    set_number INTEGER NOT NULL CHECK (set_number >= 1),
    -- As prescribed (NULL for a set logged beyond the prescription): reps, whether as many as
    -- possible, and the weight in the program's unit (NULL when the program gave none).
    prescribed_reps INTEGER CHECK (prescribed_reps >= 0),
    amrap INTEGER NOT NULL DEFAULT 0 CHECK (amrap IN (0, 1)),
    prescribed_weight REAL CHECK (prescribed_weight >= 0),
    prescribed_unit TEXT CHECK (prescribed_unit IN ('kg', 'lb')),
    -- As lifted (NULL: the set was not done).
    lifted_reps INTEGER,
    lifted_weight_kg REAL,
    PRIMARY KEY (workout_id, exercise_id, set_number)
) WITHOUT ROWID;

CREATE INDEX program_set_result_by_exercise ON program_set_result (exercise_id, workout_id);

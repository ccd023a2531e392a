-- Imported history: a stable key for every imported set and workout, so that importing the same
-- file again adds nothing and an overlapping later export adds only the sets that are new.
-- NULL for everything logged by wlog itself (a UNIQUE index allows any number of NULLs).

ALTER TABLE logged_set ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX logged_set_by_import_key ON logged_set (import_key);

ALTER TABLE workout_session ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX workout_session_by_import_key ON workout_session (import_key);

-- Import keys of a fixed small size: the first 64 bits of the SHA-256 the key was, as an
-- integer (8 bytes at most, where the hex text took 65 in the table and 65 again in its index),
-- in a unique index that holds only imported rows (sets logged in wlog have none). Existing keys
-- are converted, not dropped, so a file imported before this migration still adds nothing when
-- imported again: the importer computes the same 64 bits from the same SHA-256.
--
-- The hex digits are read with instr() and shifts, since the system SQLite (3.40) has no unhex().
-- The top digit's shift wraps into the sign bit, as the importer's Int64(bitPattern:) does.

ALTER TABLE logged_set ADD COLUMN import_hash INTEGER;
UPDATE logged_set SET import_hash =
        ((instr('0123456789abcdef', substr(import_key, 1, 1)) - 1) << 60) | ((instr('0123456789abcdef', substr(import_key, 2, 1)) - 1) << 56) | ((instr('0123456789abcdef', substr(import_key, 3, 1)) - 1) << 52) | ((instr('0123456789abcdef', substr(import_key, 4, 1)) - 1) << 48) |
        ((instr('0123456789abcdef', substr(import_key, 5, 1)) - 1) << 44) | ((instr('0123456789abcdef', substr(import_key, 6, 1)) - 1) << 40) | ((instr('0123456789abcdef', substr(import_key, 7, 1)) - 1) << 36) | ((instr('0123456789abcdef', substr(import_key, 8, 1)) - 1) << 32) |
        ((instr('0123456789abcdef', substr(import_key, 9, 1)) - 1) << 28) | ((instr('0123456789abcdef', substr(import_key, 10, 1)) - 1) << 24) | ((instr('0123456789abcdef', substr(import_key, 11, 1)) - 1) << 20) | ((instr('0123456789abcdef', substr(import_key, 12, 1)) - 1) << 16) |
        ((instr('0123456789abcdef', substr(import_key, 13, 1)) - 1) << 12) | ((instr('0123456789abcdef', substr(import_key, 14, 1)) - 1) << 8) | ((instr('0123456789abcdef', substr(import_key, 15, 1)) - 1) << 4) | ((instr('0123456789abcdef', substr(import_key, 16, 1)) - 1) << 0)
    WHERE import_key IS NOT NULL;
DROP INDEX logged_set_by_import_key;
ALTER TABLE logged_set DROP COLUMN import_key;
ALTER TABLE logged_set RENAME COLUMN import_hash TO import_key;
CREATE UNIQUE INDEX logged_set_by_import_key ON logged_set (import_key) WHERE import_key IS NOT NULL;

ALTER TABLE workout_session ADD COLUMN import_hash INTEGER;
UPDATE workout_session SET import_hash =
        ((instr('0123456789abcdef', substr(import_key, 1, 1)) - 1) << 60) | ((instr('0123456789abcdef', substr(import_key, 2, 1)) - 1) << 56) | ((instr('0123456789abcdef', substr(import_key, 3, 1)) - 1) << 52) | ((instr('0123456789abcdef', substr(import_key, 4, 1)) - 1) << 48) |
        ((instr('0123456789abcdef', substr(import_key, 5, 1)) - 1) << 44) | ((instr('0123456789abcdef', substr(import_key, 6, 1)) - 1) << 40) | ((instr('0123456789abcdef', substr(import_key, 7, 1)) - 1) << 36) | ((instr('0123456789abcdef', substr(import_key, 8, 1)) - 1) << 32) |
        ((instr('0123456789abcdef', substr(import_key, 9, 1)) - 1) << 28) | ((instr('0123456789abcdef', substr(import_key, 10, 1)) - 1) << 24) | ((instr('0123456789abcdef', substr(import_key, 11, 1)) - 1) << 20) | ((instr('0123456789abcdef', substr(import_key, 12, 1)) - 1) << 16) |
        ((instr('0123456789abcdef', substr(import_key, 13, 1)) - 1) << 12) | ((instr('0123456789abcdef', substr(import_key, 14, 1)) - 1) << 8) | ((instr('0123456789abcdef', substr(import_key, 15, 1)) - 1) << 4) | ((instr('0123456789abcdef', substr(import_key, 16, 1)) - 1) << 0)
    WHERE import_key IS NOT NULL;
DROP INDEX workout_session_by_import_key;
ALTER TABLE workout_session DROP COLUMN import_key;
ALTER TABLE workout_session RENAME COLUMN import_hash TO import_key;
CREATE UNIQUE INDEX workout_session_by_import_key ON workout_session (import_key) WHERE import_key IS NOT NULL;

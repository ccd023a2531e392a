-- Every change to the log that `undo` can take back, newest last, in the table that already
-- held one row per `record`: a record or an import (its sets carry the row's id in batch_id),
-- an edit or a delete (with the rows as they were before, so that `undo` puts them back).
-- `undo` takes back only the newest row, so it never reaches past the latest change.

ALTER TABLE record_batch ADD COLUMN action TEXT NOT NULL DEFAULT 'record'
    CHECK (action IN ('record', 'import', 'edit', 'delete'));

-- What an edit or a delete was about, for `undo` to say: `set 12`, `session 3`.
ALTER TABLE record_batch ADD COLUMN subject TEXT;

-- The sessions and sets an edit or a delete changed, as they were before it (JSON).
ALTER TABLE record_batch ADD COLUMN before_image TEXT;

-- Deleting a session sets opened_session_id to NULL in the rows that name it: an index, not a scan.
CREATE INDEX record_batch_by_opened_session ON record_batch (opened_session_id);

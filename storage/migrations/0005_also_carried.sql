-- "Also carried by": the other sites that carried a posted story, and which of them the
-- channel message already shows (an edit is due while carriers_version > carriers_shown).
ALTER TABLE posts ADD COLUMN also_carried TEXT;  -- JSON list of source names, in order
ALTER TABLE posts ADD COLUMN carriers_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN carriers_shown INTEGER NOT NULL DEFAULT 0;
CREATE INDEX posts_edit_due ON posts (id)
    WHERE state = 'sent' AND carriers_version > carriers_shown;

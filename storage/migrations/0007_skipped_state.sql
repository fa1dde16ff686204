-- "skipped" becomes a state of its own: until now an editor's /skip left the row 'failed' with
-- skipped_at set (0003), because the CHECK on state could not admit a new value without
-- rebuilding posts. posts is rebuilt here as 0004 did: every column (in the same order), key,
-- foreign key and index is kept (a test compares them with what 0006 left); only the CHECK
-- on state admits 'skipped'. skipped_at stays: when the editor skipped it.
CREATE TABLE posts_0007 (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES stories (id),
    entry_id    INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    channel_id  TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'unconfirmed',
                                 'skipped')),
    text        TEXT    NOT NULL,
    message_id  INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  REAL    NOT NULL,
    updated_at  REAL    NOT NULL,
    sent_at     REAL,
    -- The forum topic, or NULL for the chat itself.
    thread_id   INTEGER,
    -- Set for a photo post (text is then its caption).
    media_url   TEXT,
    -- Sending options (link preview, button) as JSON; opaque to storage.
    options     TEXT,
    -- What the post says, as JSON, so a pending post can be re-rendered in a new voice.
    content     TEXT,
    -- 'plain' once a post was re-sent without markup after its HTML was refused.
    text_format TEXT    NOT NULL DEFAULT 'html' CHECK (text_format IN ('html', 'plain')),
    -- Errors that count against the retry budget (server and network errors, not flood waits).
    retryable_errors INTEGER NOT NULL DEFAULT 0,
    last_attempt_at REAL,
    -- When the admins were told about an unconfirmed post, so they are told once.
    notified_at REAL,
    -- When an editor skipped the post (state 'skipped').
    skipped_at  REAL,
    -- "Also carried by" (0005): other carriers' names as a JSON list, and which version of
    -- that list the channel message shows.
    also_carried TEXT,
    carriers_version INTEGER NOT NULL DEFAULT 0,
    carriers_shown INTEGER NOT NULL DEFAULT 0
);
INSERT INTO posts_0007 (id, story_id, entry_id, channel_id, state, text, message_id, attempts,
                        last_error, created_at, updated_at, sent_at, thread_id, media_url,
                        options, content, text_format, retryable_errors, last_attempt_at,
                        notified_at, skipped_at, also_carried, carriers_version, carriers_shown)
    SELECT id, story_id, entry_id, channel_id,
           CASE WHEN state = 'failed' AND skipped_at IS NOT NULL THEN 'skipped' ELSE state END,
           text, message_id, attempts, last_error, created_at, updated_at, sent_at, thread_id,
           media_url, options, content, text_format, retryable_errors, last_attempt_at,
           notified_at, skipped_at, also_carried, carriers_version, carriers_shown
    FROM posts;
DROP TABLE posts;
ALTER TABLE posts_0007 RENAME TO posts;
CREATE INDEX posts_state ON posts (state, id);
-- A story goes once to each target: NULLs are distinct in a UNIQUE index, hence the COALESCE.
CREATE UNIQUE INDEX posts_once ON posts (story_id, channel_id, COALESCE(thread_id, 0));
CREATE INDEX posts_target ON posts (channel_id, thread_id, state);
CREATE INDEX posts_edit_due ON posts (id)
    WHERE state = 'sent' AND carriers_version > carriers_shown;

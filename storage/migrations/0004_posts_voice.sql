-- Routing, filters and the channel's voice. A target is a chat, or a forum topic in a chat
-- (thread_id); a story is posted once per target.
CREATE TABLE targets (
    id            INTEGER PRIMARY KEY,
    chat_id       TEXT    NOT NULL,
    thread_id     INTEGER,
    name          TEXT,
    -- NULL: the default template / no footer.
    template      TEXT,
    footer        TEXT,
    link_preview  TEXT    NOT NULL DEFAULT 'auto',
    button        INTEGER NOT NULL DEFAULT 1,
    created_at    REAL    NOT NULL
);
-- NULLs are distinct in a UNIQUE constraint, hence the COALESCE.
CREATE UNIQUE INDEX targets_chat ON targets (chat_id, COALESCE(thread_id, 0));

-- A feed without rows here goes to the default target (NEWSBOT_CHANNEL_ID).
CREATE TABLE feed_targets (
    feed_id     INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    target_id   INTEGER NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, target_id)
);

CREATE TABLE filters (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER REFERENCES feeds (id) ON DELETE CASCADE,
    target_id   INTEGER REFERENCES targets (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('include', 'exclude')),
    pattern     TEXT    NOT NULL,
    created_at  REAL    NOT NULL,
    CHECK ((feed_id IS NULL) != (target_id IS NULL))
);

-- Entries a filter kept from a target (target_id NULL: a feed filter, kept from all).
CREATE TABLE filtered (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    target_id   INTEGER REFERENCES targets (id) ON DELETE SET NULL,
    rule        TEXT    NOT NULL,
    created_at  REAL    NOT NULL
);
CREATE INDEX filtered_entry ON filtered (entry_id);

-- When the feed's text is a teaser, fetch the article page: auto (teasers only), always, never.
ALTER TABLE feeds ADD COLUMN article_mode TEXT NOT NULL DEFAULT 'auto'
    CHECK (article_mode IN ('auto', 'always', 'never'));

-- A live story appeared after its first feed was baselined: other targets may still get it.
ALTER TABLE stories ADD COLUMN live INTEGER NOT NULL DEFAULT 0;
UPDATE stories SET live = 1 WHERE id IN (SELECT story_id FROM posts);

-- posts is rebuilt: its key (story_id, channel_id) becomes (story_id, channel_id, thread_id).
-- Every column it had is kept (a test checks this against the migrations before this one).
CREATE TABLE posts_0004 (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES stories (id),
    entry_id    INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    channel_id  TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'unconfirmed')),
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
    -- From 0003 (delivery), kept as they were.
    text_format TEXT    NOT NULL DEFAULT 'html' CHECK (text_format IN ('html', 'plain')),
    retryable_errors INTEGER NOT NULL DEFAULT 0,
    last_attempt_at REAL,
    notified_at REAL,
    skipped_at  REAL
);
INSERT INTO posts_0004 (id, story_id, entry_id, channel_id, state, text, message_id, attempts,
                        last_error, created_at, updated_at, sent_at, text_format,
                        retryable_errors, last_attempt_at, notified_at, skipped_at)
    SELECT id, story_id, entry_id, channel_id, state, text, message_id, attempts,
           last_error, created_at, updated_at, sent_at, text_format,
           retryable_errors, last_attempt_at, notified_at, skipped_at
    FROM posts;
DROP TABLE posts;
ALTER TABLE posts_0004 RENAME TO posts;
CREATE INDEX posts_state ON posts (state, id);
CREATE UNIQUE INDEX posts_once ON posts (story_id, channel_id, COALESCE(thread_id, 0));
CREATE INDEX posts_target ON posts (channel_id, thread_id, state);

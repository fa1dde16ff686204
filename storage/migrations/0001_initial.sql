-- Feeds, entries, stories and the outbox (posts).
CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    title           TEXT,
    site_url        TEXT,
    etag            TEXT,
    last_modified   TEXT,
    added_at        REAL    NOT NULL,
    last_checked_at REAL,
    next_check_at   REAL    NOT NULL DEFAULT 0,
    last_error      TEXT,
    error_count     INTEGER NOT NULL DEFAULT 0,
    paused          INTEGER NOT NULL DEFAULT 0,
    -- 0 until the first successful check has recorded the feed's current entries as seen.
    baselined       INTEGER NOT NULL DEFAULT 0,
    backfill        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feeds_due ON feeds (paused, next_check_at);

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    created_at  REAL NOT NULL
);

-- Every URL a story is known by (canonical link, later the original URL a notice names).
CREATE TABLE story_urls (
    url_key     TEXT    PRIMARY KEY,
    story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE
);
CREATE INDEX story_urls_story ON story_urls (story_id);

CREATE TABLE entries (
    id              INTEGER PRIMARY KEY,
    feed_id         INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    entry_key       TEXT    NOT NULL,
    story_id        INTEGER NOT NULL REFERENCES stories (id),
    title           TEXT    NOT NULL,
    link            TEXT,
    canonical_url   TEXT,
    published_at    REAL,
    first_seen_at   REAL    NOT NULL,
    -- 'baseline': present when the feed was added (not posted); 'new': appeared later.
    origin          TEXT    NOT NULL CHECK (origin IN ('baseline', 'new')),
    UNIQUE (feed_id, entry_key)
);
CREATE INDEX entries_story ON entries (story_id);

CREATE TABLE posts (
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
    UNIQUE (story_id, channel_id)
);
CREATE INDEX posts_state ON posts (state, id);

CREATE TABLE meta (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);

-- Delivery: retry bookkeeping, the plain-text fallback, editors' decisions, admin notices,
-- and the targets newsbot stopped sending to because it lost access there.

-- 'plain' once a post was re-sent without markup after its HTML was refused.
ALTER TABLE posts ADD COLUMN text_format TEXT NOT NULL DEFAULT 'html'
    CHECK (text_format IN ('html', 'plain'));
-- Errors that count against the retry budget (server and network errors, not flood waits).
ALTER TABLE posts ADD COLUMN retryable_errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN last_attempt_at REAL;
-- When the admins were told about an unconfirmed post, so they are told once.
ALTER TABLE posts ADD COLUMN notified_at REAL;
-- An editor's /skip. The row keeps state 'failed' (0001's CHECK on state cannot change
-- without rebuilding the table, which would drop columns other migrations add) and is
-- reported as 'skipped'.
ALTER TABLE posts ADD COLUMN skipped_at REAL;

CREATE TABLE stopped_targets (
    channel_id  TEXT PRIMARY KEY,
    reason      TEXT NOT NULL,
    stopped_at  REAL NOT NULL
);

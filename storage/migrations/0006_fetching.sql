-- Polite fetching: per-feed interval, caching hints, unchanged detection, redirects, pauses.
-- NULL: the operator's NEWSBOT_POLL_INTERVAL applies.
ALTER TABLE feeds ADD COLUMN interval_seconds REAL;
-- The feed's own <ttl> (in seconds) from its last parse; raises the interval.
ALTER TABLE feeds ADD COLUMN ttl_seconds REAL;
-- sha256 of the last body parsed: the same body again is "unchanged" and is not parsed.
ALTER TABLE feeds ADD COLUMN body_hash TEXT;
-- Why newsbot paused the feed itself (410 Gone, too many failures); NULL when an admin did.
ALTER TABLE feeds ADD COLUMN paused_reason TEXT;
-- Where permanent redirects led, and on how many consecutive checks.
ALTER TABLE feeds ADD COLUMN redirect_url TEXT;
ALTER TABLE feeds ADD COLUMN redirect_count INTEGER NOT NULL DEFAULT 0;

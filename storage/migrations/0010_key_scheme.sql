-- Which of newsbot's ways of making entry keys (bot/parsing/identity.py KEY_SCHEME) a feed's
-- stored entries were last keyed by: 0 for every feed checked before this column existed.
-- A check keying the feed's entries by a newer scheme re-baselines the entries it re-keyed
-- instead of posting them again (bot/compose/rekeying.py).
ALTER TABLE feeds ADD COLUMN key_scheme INTEGER NOT NULL DEFAULT 0;

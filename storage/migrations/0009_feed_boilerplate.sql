-- A feed's own boilerplate (issue 11), learned from its entries by bot/text/boilerplate.py:
-- the learned units and the candidates still being counted, as that module's JSON (bounded
-- to about 10 KB a feed). Storage keeps it and hands it back; it never reads inside.
CREATE TABLE feed_boilerplate (
    feed_id     INTEGER PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,
    state       TEXT    NOT NULL,
    updated_at  REAL    NOT NULL
);

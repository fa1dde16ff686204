-- The name posts credit a feed's site by (issue 11): read from its home page, derived from the
-- feed's title, or set by an editor. An editor's name is never replaced automatically.
ALTER TABLE feeds ADD COLUMN site_name TEXT;
-- Where it came from: 'editor', 'page' (og:site_name, application-name, JSON-LD), 'title',
-- 'domain' or 'address' (derived); NULL until the feed's first successful check.
ALTER TABLE feeds ADD COLUMN site_name_source TEXT
    CHECK (site_name_source IN ('editor', 'page', 'title', 'domain', 'address'));
-- When the home page was last fetched for the name (NULL: never), so it is read rarely.
ALTER TABLE feeds ADD COLUMN site_name_read_at REAL;

-- Near-duplicate story matching: LSH band keys and the lead text that confirms a match.
CREATE TABLE story_bands (
    band_key    INTEGER NOT NULL,
    story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, story_id)
) WITHOUT ROWID;

CREATE TABLE story_leads (
    story_id    INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    lead        TEXT    NOT NULL
);

CREATE INDEX stories_created ON stories (created_at);

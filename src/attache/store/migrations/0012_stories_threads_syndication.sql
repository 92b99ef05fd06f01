-- 0012: syndication (copies, rewrites and relays of one wire story or statement), threads of related stories.
ALTER TABLE articles ADD COLUMN syndication_group VARCHAR;  -- shared by the copies of one origin, NULL: no copy found
ALTER TABLE articles ADD COLUMN origin VARCHAR;             -- the wire or issuer named ("Reuters", "APP"), NULL if none
ALTER TABLE stories ADD COLUMN thread_id VARCHAR;
ALTER TABLE stories ADD COLUMN sources INTEGER;  -- independent sources: distinct syndication groups or outlets

CREATE TABLE threads (
    id          VARCHAR PRIMARY KEY,
    title       VARCHAR,
    start_date  DATE,
    end_date    DATE,
    size        INTEGER,     -- stories
    articles    INTEGER,
    stories     VARCHAR,     -- JSON [story id], in order
    updated_at  TIMESTAMP
);

-- 0005: stories (clusters of articles about one event) and their members.
CREATE TABLE stories (
    id          VARCHAR PRIMARY KEY,
    title       VARCHAR,
    start_date  DATE,
    end_date    DATE,
    size        INTEGER,
    outlets     VARCHAR,     -- JSON [str]
    actors      VARCHAR,     -- JSON [country codes], most mentioned first
    fivew1h     VARCHAR,     -- JSON {who, what, when, where, why, how: {text, article_id, start, end} | null}
    summary     VARCHAR,     -- JSON [{text, article_id, start, end}]
    updated_at  TIMESTAMP
);

CREATE TABLE story_members (
    story_id    VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL   -- order in which the clusterer placed the article
);

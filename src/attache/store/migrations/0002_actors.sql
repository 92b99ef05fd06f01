-- 0002: actors (imported, and those the analysis met), their dated roles,
-- actor mentions with offsets into articles.text, and per-article analysis status.
CREATE TABLE actors (
    id         VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    kind       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    aliases    VARCHAR NOT NULL,   -- JSON [str]
    adjectives VARCHAR NOT NULL,   -- JSON [str]
    capitals   VARCHAR NOT NULL,   -- JSON [str]
    member_of  VARCHAR,
    code       VARCHAR,
    source     VARCHAR NOT NULL,   -- "attache:<file>" for shipped actors, "import:<file>" for imports
    flags      VARCHAR NOT NULL,   -- JSON [str], e.g. ["unknown-sector"]
    added_at   TIMESTAMP
);

CREATE TABLE actor_roles (
    actor_id   VARCHAR NOT NULL,
    title      VARCHAR,
    sector     VARCHAR,
    country    VARCHAR,
    start_date DATE,
    end_date   DATE,
    code       VARCHAR
);

CREATE TABLE mentions (
    article_id     VARCHAR NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    actor_id       VARCHAR,
    name           VARCHAR,
    country        VARCHAR,
    sector         VARCHAR,
    role           VARCHAR,
    confidence     DOUBLE,
    how            VARCHAR,
    kind           VARCHAR,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    note           VARCHAR,
    PRIMARY KEY (article_id, start_char, end_char)
);

CREATE TABLE analyses (
    article_id  VARCHAR PRIMARY KEY,
    version     VARCHAR,
    analyzed_at TIMESTAMP,
    skipped     VARCHAR,
    date_used   DATE
);

-- 0001: articles, ingest runs and the problems each run met.
-- JSON columns are VARCHAR holding JSON text (DuckDB's json_* functions read them).
CREATE TABLE articles (
    id              VARCHAR PRIMARY KEY,   -- content hash of clean text + url
    url             VARCHAR,
    outlet          VARCHAR,
    title           VARCHAR,
    subtitle        VARCHAR,
    author          VARCHAR,
    published       DATE,                  -- NULL when the source does not say
    language        VARCHAR,               -- ISO 639-1
    language_score  DOUBLE,
    genre           VARCHAR,
    text            VARCHAR NOT NULL,      -- every offset in attache points into this
    paragraphs      VARCHAR NOT NULL,      -- JSON [{start, end, kind}]
    headings        VARCHAR NOT NULL,      -- JSON [{text, at}]
    meta            VARCHAR NOT NULL,      -- JSON object: extra source fields, dropped lines, ...
    source_uri      VARCHAR,
    source_sha256   VARCHAR,
    extractor       VARCHAR,
    warnings        VARCHAR NOT NULL,      -- JSON [str]
    run_id          VARCHAR,
    ingested_at     TIMESTAMP NOT NULL
);

CREATE TABLE runs (
    id           VARCHAR PRIMARY KEY,
    command      VARCHAR,
    inputs       VARCHAR,                  -- JSON [str]
    version      VARCHAR,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    new          INTEGER,
    duplicate    INTEGER,
    failed       INTEGER
);

CREATE TABLE problems (
    run_id  VARCHAR,
    uri     VARCHAR,
    stage   VARCHAR,
    reason  VARCHAR,
    noted_at TIMESTAMP
);

-- 0004: facts of each article: quantities, attributed claims, genre and tone.
CREATE TABLE quantities (
    article_id     VARCHAR NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR,
    value          DOUBLE,
    unit           VARCHAR,
    kind           VARCHAR,
    subject        VARCHAR,
    subject_start  INTEGER,
    subject_end    INTEGER,
    actors         VARCHAR,      -- JSON [ISO3]
    sentence_start INTEGER,
    sentence_end   INTEGER
);

CREATE TABLE claims (
    article_id     VARCHAR NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR,
    speaker        VARCHAR,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    actor_id       VARCHAR,
    country        VARCHAR,
    verb           VARCHAR,
    direct         BOOLEAN,
    stance         VARCHAR,      -- JSON [str]
    sentence_start INTEGER,
    sentence_end   INTEGER
);

CREATE TABLE article_facts (
    article_id  VARCHAR PRIMARY KEY,
    genre       VARCHAR,
    genre_cues  VARCHAR,         -- JSON [str]
    tone        DOUBLE,
    positive    DOUBLE,
    negative    DOUBLE,
    polarity    DOUBLE,
    actor_tone  VARCHAR          -- JSON {actor_id: -1..1}
);

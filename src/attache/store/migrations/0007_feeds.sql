-- 0007: feeds watched by `attache watch`: conditional-request state and the items already taken.
CREATE TABLE feeds (
    url           VARCHAR PRIMARY KEY,
    etag          VARCHAR,
    last_modified VARCHAR,
    last_polled   TIMESTAMP
);

CREATE TABLE feed_items (
    feed_url   VARCHAR NOT NULL,
    item_id    VARCHAR NOT NULL,
    article_id VARCHAR,
    seen_at    TIMESTAMP,
    PRIMARY KEY (feed_url, item_id)
);

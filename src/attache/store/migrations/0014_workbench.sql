-- 0014: a database people can open. Views join each event, mention, quantity and claim to its
-- sentence's text and its article's title, URL, outlet and date; story members to their story and
-- article; imported dictionary actors apart from the actors seen in articles. Plus the tables of
-- attache's own full-text index (BM25 over titles and texts, written by the store when it stores an
-- article: DuckDB's fts extension has no wheel matching the duckdb version attache installs).
-- Offsets are Python character offsets, 0-based, end exclusive: substr() is 1-based, hence the +1.
CREATE VIEW events_view AS
SELECT e.*,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
       a.title AS title, a.url AS url
FROM events e JOIN articles a ON a.id = e.article_id;

CREATE VIEW mentions_view AS
SELECT m.*,
       substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence_text,
       a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published
FROM mentions m JOIN articles a ON a.id = m.article_id;

CREATE VIEW quantities_view AS
SELECT q.*,
       substr(a.text, q.sentence_start + 1, q.sentence_end - q.sentence_start) AS sentence_text,
       a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published
FROM quantities q JOIN articles a ON a.id = q.article_id;

CREATE VIEW claims_view AS
SELECT c.*,
       substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence_text,
       a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published
FROM claims c JOIN articles a ON a.id = c.article_id;

CREATE VIEW story_members_view AS
SELECT sm.story_id, s.title AS story_title, sm.position, sm.article_id,
       a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published
FROM story_members sm JOIN stories s ON s.id = sm.story_id JOIN articles a ON a.id = sm.article_id;

CREATE VIEW imported_actors AS
SELECT * FROM actors WHERE source LIKE 'import:%';

CREATE VIEW seen_actors AS
SELECT m.actor_id, min(m.name) AS name, min(m.country) AS country, min(m.sector) AS sector,
       count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
       min(a.published) AS first_seen, max(a.published) AS last_seen,
       min(k.source) AS source, coalesce(min(k.source) LIKE 'import:%', false) AS imported
FROM mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN actors k ON k.id = m.actor_id
WHERE m.actor_id IS NOT NULL
GROUP BY m.actor_id;

CREATE TABLE search_docs (
    article_id  VARCHAR PRIMARY KEY,
    title_len   INTEGER NOT NULL,
    text_len    INTEGER NOT NULL
);

CREATE TABLE search_terms (
    term        VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    tf_title    INTEGER NOT NULL,
    tf_text     INTEGER NOT NULL
);

-- only: postgres
CREATE INDEX IF NOT EXISTS search_terms_term ON search_terms (term);
-- only: postgres
CREATE INDEX IF NOT EXISTS search_terms_article ON search_terms (article_id);

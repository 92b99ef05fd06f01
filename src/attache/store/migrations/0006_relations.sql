-- 0006: what relations queries read without joins: each event's outlet and publication date, and
-- its article's tone toward the source's and the target's country; tone toward each actor as rows
-- (article_facts.actor_tone stays the JSON form). The JSON rows are written per backend (its JSON functions).
ALTER TABLE events ADD COLUMN outlet VARCHAR;
ALTER TABLE events ADD COLUMN published DATE;
ALTER TABLE events ADD COLUMN source_tone DOUBLE;
ALTER TABLE events ADD COLUMN target_tone DOUBLE;
ALTER TABLE events ADD COLUMN dyad VARCHAR;  -- "PAK-USA": the two countries in order, for undirected queries
UPDATE events SET dyad = least(source_country, target_country) || '-' || greatest(source_country, target_country)
    WHERE source_country IS NOT NULL AND target_country IS NOT NULL;
UPDATE events SET outlet = a.outlet, published = a.published FROM articles a WHERE a.id = events.article_id;
CREATE TABLE actor_tone (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    tone       DOUBLE
);
-- only: duckdb
INSERT INTO actor_tone
    SELECT f.article_id, j.key, TRY_CAST(j.value AS DOUBLE) FROM article_facts f, json_each(f.actor_tone) j;
-- only: postgres
INSERT INTO actor_tone
    SELECT f.article_id, j.key, CASE WHEN jsonb_typeof(j.value) = 'number' THEN (j.value #>> '{}')::double precision END
    FROM article_facts f, jsonb_each(CAST(f.actor_tone AS jsonb)) j WHERE f.actor_tone IS NOT NULL;
UPDATE events SET source_tone = t.tone FROM actor_tone t WHERE t.article_id = events.article_id AND t.actor_id = events.source_country;
UPDATE events SET target_tone = t.tone FROM actor_tone t WHERE t.article_id = events.article_id AND t.actor_id = events.target_country;

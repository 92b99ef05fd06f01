-- 0006 on PostgreSQL: as 0006_relations.sql, with PostgreSQL's JSON functions for the tone rows.
ALTER TABLE events ADD COLUMN outlet VARCHAR;
ALTER TABLE events ADD COLUMN published DATE;
ALTER TABLE events ADD COLUMN source_tone DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN target_tone DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN dyad VARCHAR;
UPDATE events SET dyad = least(source_country, target_country) || '-' || greatest(source_country, target_country)
    WHERE source_country IS NOT NULL AND target_country IS NOT NULL;
UPDATE events SET outlet = a.outlet, published = a.published FROM articles a WHERE a.id = events.article_id;
CREATE TABLE actor_tone (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    tone       DOUBLE PRECISION
);
INSERT INTO actor_tone
    SELECT f.article_id, j.key, CASE WHEN jsonb_typeof(j.value) = 'number' THEN (j.value #>> '{}')::double precision END
    FROM article_facts f, jsonb_each(CAST(f.actor_tone AS jsonb)) j WHERE f.actor_tone IS NOT NULL;
UPDATE events SET source_tone = t.tone FROM actor_tone t WHERE t.article_id = events.article_id AND t.actor_id = events.source_country;
UPDATE events SET target_tone = t.tone FROM actor_tone t WHERE t.article_id = events.article_id AND t.actor_id = events.target_country

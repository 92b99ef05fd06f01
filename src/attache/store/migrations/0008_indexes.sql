-- 0008: indexes for the lookups by article, dyad, actor, date and story, on PostgreSQL only: DuckDB's min/max
-- zone maps serve the filters attache uses there, and ART indexes would slow its batch writes.
-- only: postgres
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS events_dyad_day ON events (dyad, event_date);
-- only: postgres
CREATE INDEX IF NOT EXISTS events_source ON events (source_country);
-- only: postgres
CREATE INDEX IF NOT EXISTS events_target ON events (target_country);
-- only: postgres
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
-- only: postgres
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS quantities_article ON quantities (article_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS actor_tone_article ON actor_tone (article_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS actor_roles_actor ON actor_roles (actor_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS story_members_story ON story_members (story_id);
-- only: postgres
CREATE INDEX IF NOT EXISTS story_members_article ON story_members (article_id);

-- 0011: the evidence of each side of an event, and its other participants (events branch, issue 14).
-- source_span / target_span: JSON {"start", "end", "text"} (offsets into the article's clean text);
-- participants: JSON [{"role": topic|location|beneficiary|instrument, "start", "end", "text", "actor_id"?, "country"?}].
ALTER TABLE events ADD COLUMN source_span VARCHAR;
ALTER TABLE events ADD COLUMN target_span VARCHAR;
ALTER TABLE events ADD COLUMN participants VARCHAR;

-- 0015: the 5W1H of each article's lead, computed once by the analysis (issue 15 item 2; the story pass reads it).
-- fivew1h: JSON {who|what|when|where|why|how: null | {"text", "start", "end"}} (offsets into articles.text; start and
-- end null where the publication date stands in for a time phrase). NULL: analysed before 0015 (the story pass then
-- reads the events' records alone).
ALTER TABLE analyses ADD COLUMN fivew1h VARCHAR;

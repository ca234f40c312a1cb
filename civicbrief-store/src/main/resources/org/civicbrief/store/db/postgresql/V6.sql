-- the event an article joined, inside the story line that story_members.assigned_story names
-- Keep in step with ../sqlite/V6.sql: the same tables, columns and constraints.

ALTER TABLE story_members ADD COLUMN event_id BIGINT;

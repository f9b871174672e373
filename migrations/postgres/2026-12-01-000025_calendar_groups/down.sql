DELETE FROM groups WHERE calendar_peer_id IS NOT NULL;
DROP INDEX groups_calendar_peer;
ALTER TABLE groups DROP COLUMN calendar_peer_id;

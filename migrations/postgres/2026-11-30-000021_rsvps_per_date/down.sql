DELETE FROM rsvps WHERE id NOT IN (SELECT MIN(id) FROM rsvps GROUP BY event_id, user_id);
ALTER TABLE rsvps DROP CONSTRAINT rsvps_one_per_date;
DROP INDEX rsvps_event_status;
ALTER TABLE rsvps DROP COLUMN recurrence_id;
ALTER TABLE rsvps ADD CONSTRAINT rsvps_event_id_user_id_key UNIQUE (event_id, user_id);
CREATE INDEX rsvps_event_status ON rsvps(event_id, status, created_at);
DROP INDEX event_occurrences_recurrence;
ALTER TABLE event_occurrences DROP COLUMN recurrence_id;
ALTER TABLE events DROP COLUMN moved_occurrences;

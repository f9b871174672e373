-- Recurring events: an answer per date. Each occurrence keeps the start the rule gave it
-- (`recurrence_id`, UTC, the iCalendar RECURRENCE-ID) even when one date is moved, and RSVPs
-- point at it. A moved date's new times live in `events.moved_occurrences` (JSON).
ALTER TABLE events ADD COLUMN moved_occurrences TEXT NOT NULL DEFAULT '[]';
ALTER TABLE event_occurrences ADD COLUMN recurrence_id TIMESTAMP;
UPDATE event_occurrences SET recurrence_id = starts_at_utc;
ALTER TABLE event_occurrences ALTER COLUMN recurrence_id SET NOT NULL;
CREATE INDEX event_occurrences_recurrence ON event_occurrences(event_id, recurrence_id);

ALTER TABLE rsvps ADD COLUMN recurrence_id TIMESTAMP;
ALTER TABLE rsvps DROP CONSTRAINT rsvps_event_id_user_id_key;
-- A series answer becomes an answer to every date still ahead; an event wholly past keeps
-- its answer on its last date (the member's history).
INSERT INTO rsvps (event_id, user_id, recurrence_id, status, created_at)
SELECT rsvps.event_id, rsvps.user_id, event_occurrences.recurrence_id, rsvps.status, rsvps.created_at
FROM rsvps
JOIN event_occurrences ON event_occurrences.event_id = rsvps.event_id
WHERE rsvps.recurrence_id IS NULL
  AND (event_occurrences.ends_at_utc > (now() AT TIME ZONE 'UTC')
   OR event_occurrences.starts_at_utc = (
        SELECT MAX(last.starts_at_utc) FROM event_occurrences AS last
        WHERE last.event_id = rsvps.event_id))
ORDER BY rsvps.id, event_occurrences.recurrence_id;
DELETE FROM rsvps WHERE recurrence_id IS NULL;
ALTER TABLE rsvps ALTER COLUMN recurrence_id SET NOT NULL;
ALTER TABLE rsvps ADD CONSTRAINT rsvps_one_per_date UNIQUE (event_id, recurrence_id, user_id);
DROP INDEX rsvps_event_status;
CREATE INDEX rsvps_event_status ON rsvps(event_id, recurrence_id, status, created_at);

-- Recurring events: an answer per date. Each occurrence keeps the start the rule gave it
-- (`recurrence_id`, UTC, the iCalendar RECURRENCE-ID) even when one date is moved, and RSVPs
-- point at it. A moved date's new times live in `events.moved_occurrences` (JSON).
ALTER TABLE events ADD COLUMN moved_occurrences TEXT NOT NULL DEFAULT '[]';
ALTER TABLE event_occurrences ADD COLUMN recurrence_id TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE event_occurrences SET recurrence_id = starts_at_utc;
CREATE INDEX event_occurrences_recurrence ON event_occurrences(event_id, recurrence_id);

CREATE TABLE rsvps_per_date (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    recurrence_id TIMESTAMP NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('going', 'waitlisted')),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, recurrence_id, user_id)
);
-- A series answer becomes an answer to every date still ahead; an event wholly past keeps
-- its answer on its last date (the member's history).
INSERT INTO rsvps_per_date (event_id, user_id, recurrence_id, status, created_at)
SELECT rsvps.event_id, rsvps.user_id, event_occurrences.recurrence_id, rsvps.status, rsvps.created_at
FROM rsvps
JOIN event_occurrences ON event_occurrences.event_id = rsvps.event_id
WHERE julianday(event_occurrences.ends_at_utc) > julianday('now')
   OR event_occurrences.starts_at_utc = (
        SELECT MAX(last.starts_at_utc) FROM event_occurrences AS last
        WHERE last.event_id = rsvps.event_id)
ORDER BY rsvps.id, event_occurrences.recurrence_id;
DROP TABLE rsvps;
ALTER TABLE rsvps_per_date RENAME TO rsvps;
CREATE INDEX rsvps_event_status ON rsvps(event_id, recurrence_id, status, created_at);
CREATE INDEX rsvps_user ON rsvps(user_id);

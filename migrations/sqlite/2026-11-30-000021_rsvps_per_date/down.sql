CREATE TABLE rsvps_per_series (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('going', 'waitlisted')),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, user_id)
);
INSERT INTO rsvps_per_series (event_id, user_id, status, created_at)
SELECT event_id, user_id, MIN(status), MIN(created_at) FROM rsvps GROUP BY event_id, user_id;
DROP TABLE rsvps;
ALTER TABLE rsvps_per_series RENAME TO rsvps;
CREATE INDEX rsvps_event_status ON rsvps(event_id, status, created_at);
CREATE INDEX rsvps_user ON rsvps(user_id);
DROP INDEX event_occurrences_recurrence;
ALTER TABLE event_occurrences DROP COLUMN recurrence_id;
ALTER TABLE events DROP COLUMN moved_occurrences;

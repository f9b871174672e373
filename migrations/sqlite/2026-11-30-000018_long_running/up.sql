-- Occurrences longer than a day are marked, so a listing "ending after X" can walk the start
-- index from X minus one day (every shorter occurrence that is still on starts after that) and
-- find the few long ones through their own small index, instead of walking every past row.
ALTER TABLE event_occurrences ADD COLUMN long_running BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE event_occurrences
SET long_running = (julianday(ends_at_utc) - julianday(starts_at_utc)) > 1;
CREATE INDEX event_occurrences_long ON event_occurrences(ends_at_utc) WHERE long_running;

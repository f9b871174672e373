DROP INDEX event_occurrences_long;
ALTER TABLE event_occurrences DROP COLUMN long_running;

DROP TABLE event_search;
DROP TABLE rsvps;
DROP TABLE event_occurrences;
DROP TABLE event_translations;
DROP TABLE events;

DROP INDEX event_occurrences_group_start;
DROP INDEX event_occurrences_country_start;
DROP INDEX event_occurrences_start;
CREATE INDEX event_occurrences_start ON event_occurrences(starts_at_utc, id);
CREATE INDEX event_occurrences_country_start ON event_occurrences(country, starts_at_utc, id);
CREATE INDEX event_occurrences_group_start ON event_occurrences(group_id, starts_at_utc, id);

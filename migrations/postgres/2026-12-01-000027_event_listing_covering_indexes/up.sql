-- A page of the events listing walks one of these indexes in start order, then needs each
-- occurrence's end (for "ending after") and event (for the join): carried in the index, they
-- let PostgreSQL answer from the index alone where its pages are all visible.
-- The translations are not copied into an index here as they are on SQLite: PostgreSQL refuses
-- index entries over about 2.7 kB, which a long description exceeds, and its buffer cache is
-- shared by every connection, so the table pages an event's translations live on stay cached.
DROP INDEX event_occurrences_start;
DROP INDEX event_occurrences_country_start;
DROP INDEX event_occurrences_group_start;
CREATE INDEX event_occurrences_start
    ON event_occurrences(starts_at_utc, id) INCLUDE (ends_at_utc, event_id, group_id);
CREATE INDEX event_occurrences_country_start
    ON event_occurrences(country, starts_at_utc, id) INCLUDE (ends_at_utc, event_id);
CREATE INDEX event_occurrences_group_start
    ON event_occurrences(group_id, starts_at_utc, id) INCLUDE (ends_at_utc, event_id);

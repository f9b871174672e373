-- A page of the events listing walks one of these indexes in start order, then needs each
-- occurrence's end (for "ending after") and event (for the join), then each event's titles.
-- With only their keys in the indexes, each of those was a page read of its own from the
-- tables: 133 page reads for a page of 20 on the bench data, most of them from the kernel as
-- the 200 MB database is far larger than each connection's page cache. With the columns in the
-- index pages the walk reads anyway: 40.
DROP INDEX event_occurrences_start;
DROP INDEX event_occurrences_country_start;
DROP INDEX event_occurrences_group_start;
CREATE INDEX event_occurrences_start
    ON event_occurrences(starts_at_utc, id, ends_at_utc, event_id, group_id);
CREATE INDEX event_occurrences_country_start
    ON event_occurrences(country, starts_at_utc, id, ends_at_utc, event_id);
CREATE INDEX event_occurrences_group_start
    ON event_occurrences(group_id, starts_at_utc, id, ends_at_utc, event_id);
-- The translations of an event next to each other in one index, read without the table (an
-- index entry keeps the row's id; a long description spills over to pages of its own, as in
-- the table).
CREATE INDEX event_translations_listing
    ON event_translations(event_id, language, title, description);

-- Events, their translations and occurrences, RSVPs, and the event search index.
CREATE TABLE events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    primary_language TEXT NOT NULL,
    timezone TEXT NOT NULL,
    local_start TIMESTAMP NOT NULL,
    local_end TIMESTAMP NOT NULL,
    starts_at_utc TIMESTAMP NOT NULL,
    ends_at_utc TIMESTAMP NOT NULL,
    all_day BOOLEAN NOT NULL DEFAULT FALSE,
    rrule TEXT,
    exdates TEXT NOT NULL DEFAULT '[]',
    series_ends_at_utc TIMESTAMP NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
    attendance_mode TEXT NOT NULL CHECK (attendance_mode IN ('in_person', 'online', 'hybrid')),
    venue_name TEXT,
    venue_address TEXT,
    city TEXT,
    country TEXT,
    online_url TEXT,
    capacity BIGINT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX events_group ON events(group_id);
CREATE INDEX events_country_city ON events(country, city);

CREATE TABLE event_translations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (event_id, language)
);

-- One row per occurrence (a single event has one), so date ranges and paging are plain SQL.
-- The group and country are repeated here so the common filters walk an index in date order.
CREATE TABLE event_occurrences (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL,
    country TEXT,
    starts_at_utc TIMESTAMP NOT NULL,
    ends_at_utc TIMESTAMP NOT NULL
);
CREATE INDEX event_occurrences_start ON event_occurrences(starts_at_utc, id);
CREATE INDEX event_occurrences_country_start ON event_occurrences(country, starts_at_utc, id);
CREATE INDEX event_occurrences_group_start ON event_occurrences(group_id, starts_at_utc, id);
CREATE INDEX event_occurrences_event ON event_occurrences(event_id);

CREATE TABLE rsvps (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('going', 'waitlisted')),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX rsvps_event_status ON rsvps(event_id, status, created_at);
CREATE INDEX rsvps_user ON rsvps(user_id);

CREATE TABLE event_search (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX event_search_document ON event_search USING GIN (document);

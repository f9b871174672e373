-- Peers this instance pulls listings from, and the listings imported from them.
CREATE TABLE peers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    base_url TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('diaspora-hub', 'ical')),
    trust TEXT NOT NULL CHECK (trust IN ('auto', 'review')),
    -- The partner key the peer issued to us; it must be sent, so it cannot be hashed.
    api_key TEXT,
    cursor TEXT,
    etag TEXT,
    next_poll_at TIMESTAMP NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    last_attempt_at TIMESTAMP,
    last_success_at TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX peers_due ON peers(next_poll_at);

-- One row per listing a peer publishes, keyed by the peer's own id for it. Read-only here.
CREATE TABLE imported_listings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    peer_id BIGINT NOT NULL REFERENCES peers(id) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    resource_type TEXT NOT NULL CHECK (resource_type IN ('group', 'event', 'opportunity')),
    remote_version BIGINT NOT NULL,
    canonical_url TEXT,
    title TEXT NOT NULL,
    language TEXT,
    starts_at TIMESTAMP,
    timezone TEXT,
    -- The listing as the peer sent it (JSON), for partners of ours and for display.
    document TEXT NOT NULL,
    -- `review` peers' listings wait for a moderator before they are shown.
    published BOOLEAN NOT NULL,
    -- Complete snapshots in a row that did not contain it (iCalendar peers).
    missed_snapshots BIGINT NOT NULL DEFAULT 0,
    imported_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (peer_id, remote_id)
);
CREATE INDEX imported_listings_start ON imported_listings(published, starts_at);

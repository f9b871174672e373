-- What partners pull: the change log of public listings, tombstones of deleted ones, and the
-- partner keys that read them.

-- One row per create, update or delete of a public listing, written in the same transaction.
-- A listing that leaves public view is a `delete`.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    resource_type TEXT NOT NULL CHECK (resource_type IN ('group', 'event', 'opportunity')),
    resource_uuid TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    version BIGINT NOT NULL,
    occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX change_log_type_seq ON change_log(resource_type, seq);
CREATE INDEX change_log_resource ON change_log(resource_uuid, seq);

-- Cursors below `pruned_before` may have missed deletions: they answer 410 cursor_expired.
CREATE TABLE change_log_horizon (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pruned_before BIGINT NOT NULL
);
INSERT INTO change_log_horizon (id, pruned_before) VALUES (1, 0);

-- Deleted public listings, so their URLs answer 410 Gone.
CREATE TABLE tombstones (
    resource_uuid TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL CHECK (resource_type IN ('group', 'event', 'opportunity')),
    slug TEXT,
    deleted_at TIMESTAMP NOT NULL
);
CREATE INDEX tombstones_slug ON tombstones(slug);

CREATE TABLE partners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

-- Keys are `dhk_<prefix>_<secret>`; only a SHA-256 of the secret is kept.
CREATE TABLE partner_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    prefix TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);

-- Listings that exist already enter the log once, oldest first.
INSERT INTO change_log (resource_type, resource_uuid, op, version, occurred_at)
SELECT 'group', uuid, 'upsert', version, updated_at FROM groups
WHERE visibility = 'public' ORDER BY id;
INSERT INTO change_log (resource_type, resource_uuid, op, version, occurred_at)
SELECT 'event', events.uuid, 'upsert', events.version, events.updated_at
FROM events JOIN groups ON groups.id = events.group_id
WHERE groups.visibility = 'public' ORDER BY events.id;
INSERT INTO change_log (resource_type, resource_uuid, op, version, occurred_at)
SELECT 'opportunity', opportunities.uuid, 'upsert', opportunities.version, opportunities.updated_at
FROM opportunities JOIN groups ON groups.id = opportunities.group_id
WHERE groups.visibility = 'public' ORDER BY opportunities.id;

-- Invitations into a group: a link (anyone holding it may join, until it expires, is revoked or
-- is used up) or a link mailed to one address. Only the token's SHA-256 is kept, so the link is
-- shown once, to the organizer who made it. Accepting joins as an active member, even where
-- joining needs approval and even in a private group.
CREATE TABLE group_invitations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The id the API shows and revocation takes.
    uuid TEXT NOT NULL UNIQUE,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    -- For an invitation by mail: the (normalized) address it went to.
    email TEXT,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    expires_at TIMESTAMP NOT NULL,
    -- How many more people may join through it; NULL: no limit.
    uses_left BIGINT,
    revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX group_invitations_by_group ON group_invitations(group_id, created_at);

-- A moderator's "no" to a listing from a `review` peer. A rejected listing stays hidden
-- through later syncs (the peer's updates do not reopen it) until someone publishes it anyway.
ALTER TABLE imported_listings ADD COLUMN rejected_at TIMESTAMP;

-- A group imported from a peer, published and not rejected, gets a read-only row among ours so
-- the directory's filters and search find it. The row goes with its imported listing.
ALTER TABLE groups ADD COLUMN imported_listing_id BIGINT REFERENCES imported_listings(id) ON DELETE CASCADE;
ALTER TABLE groups ADD COLUMN origin_peer TEXT;
ALTER TABLE groups ADD COLUMN origin_url TEXT;
CREATE UNIQUE INDEX groups_imported_listing ON groups(imported_listing_id) WHERE imported_listing_id IS NOT NULL;

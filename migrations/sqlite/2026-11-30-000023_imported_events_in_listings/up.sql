-- An event imported from a peer, whose group is in our directory, gets a read-only row among
-- ours (with its dates and search text) so listings, filters and search find it. The row goes
-- with its imported listing.
ALTER TABLE events ADD COLUMN imported_listing_id BIGINT REFERENCES imported_listings(id) ON DELETE CASCADE;
ALTER TABLE events ADD COLUMN origin_url TEXT;
CREATE UNIQUE INDEX events_imported_listing ON events(imported_listing_id) WHERE imported_listing_id IS NOT NULL;

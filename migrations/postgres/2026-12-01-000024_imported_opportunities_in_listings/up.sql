-- An opportunity imported from a peer, whose group is in our directory, gets a read-only row
-- among ours (with its translations, skills, languages and search text) so the opportunity
-- listing, its filters, search and matches find it. The row goes with its imported listing.
ALTER TABLE opportunities ADD COLUMN imported_listing_id BIGINT REFERENCES imported_listings(id) ON DELETE CASCADE;
ALTER TABLE opportunities ADD COLUMN origin_url TEXT;
CREATE UNIQUE INDEX opportunities_imported_listing ON opportunities(imported_listing_id) WHERE imported_listing_id IS NOT NULL;

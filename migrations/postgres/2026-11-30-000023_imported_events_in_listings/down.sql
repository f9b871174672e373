DELETE FROM events WHERE imported_listing_id IS NOT NULL;
DROP INDEX events_imported_listing;
ALTER TABLE events DROP COLUMN origin_url;
ALTER TABLE events DROP COLUMN imported_listing_id;

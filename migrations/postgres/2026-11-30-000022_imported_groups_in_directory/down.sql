DELETE FROM groups WHERE imported_listing_id IS NOT NULL;
DROP INDEX groups_imported_listing;
ALTER TABLE groups DROP COLUMN origin_url;
ALTER TABLE groups DROP COLUMN origin_peer;
ALTER TABLE groups DROP COLUMN imported_listing_id;

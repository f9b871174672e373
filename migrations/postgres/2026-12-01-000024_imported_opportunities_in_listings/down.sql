DELETE FROM opportunities WHERE imported_listing_id IS NOT NULL;
DROP INDEX opportunities_imported_listing;
ALTER TABLE opportunities DROP COLUMN origin_url;
ALTER TABLE opportunities DROP COLUMN imported_listing_id;

ALTER TABLE imported_listings DROP COLUMN rejected_at;

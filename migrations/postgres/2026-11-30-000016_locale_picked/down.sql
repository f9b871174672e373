ALTER TABLE users DROP COLUMN locale_picked;

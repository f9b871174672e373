ALTER TABLE opportunities DROP COLUMN timezone;

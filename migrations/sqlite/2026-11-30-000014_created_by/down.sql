DROP INDEX opportunities_created_by;
DROP INDEX events_created_by;
DROP INDEX groups_created_by;
ALTER TABLE opportunities DROP COLUMN created_by;
ALTER TABLE events DROP COLUMN created_by;
ALTER TABLE groups DROP COLUMN created_by;

DROP TABLE appeals;
DROP TABLE audit_log;
DROP FUNCTION audit_log_refuse_change();
DROP TABLE reports;
ALTER TABLE users DROP COLUMN suspended_at;
ALTER TABLE groups DROP COLUMN verification_note;
ALTER TABLE opportunities DROP COLUMN hidden;
ALTER TABLE events DROP COLUMN hidden;
ALTER TABLE groups DROP COLUMN hidden;

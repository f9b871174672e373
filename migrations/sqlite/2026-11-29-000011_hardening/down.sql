ALTER TABLE auth_attempts DROP COLUMN pending;

-- A login attempt is reserved before the password is checked, so a burst of guesses cannot all
-- pass the limit together; `pending` marks a reservation whose outcome is not known yet.
ALTER TABLE auth_attempts ADD COLUMN pending BOOLEAN NOT NULL DEFAULT FALSE;

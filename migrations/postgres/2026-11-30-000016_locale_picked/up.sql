-- Whether the member picked her interface language (the switcher or the profile form). Until
-- she has, her browser's language wins over the account's, so an account created in English
-- does not switch a visitor browsing in Chinese back to English when she signs in.
ALTER TABLE users ADD COLUMN locale_picked BOOLEAN NOT NULL DEFAULT FALSE;
-- Accounts made before this column keep the language they have: it may have been picked.
UPDATE users SET locale_picked = TRUE;

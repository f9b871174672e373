ALTER TABLE users DROP COLUMN email_verified_at;
DROP TABLE password_reset_requests;
DROP TABLE account_tokens;
DROP TABLE mail_address_flags;
DROP TABLE outbox;

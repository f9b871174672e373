-- Mail: an outbox written in the same transaction as the change that causes each message, the
-- addresses that keep refusing mail, one-time account tokens (verification, reset, change of
-- address) and the password-reset requests the delivery worker answers.
CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The Message-ID header, stable across retries so a resend is recognized as the same mail.
    message_id TEXT NOT NULL UNIQUE,
    -- The member it is for: their queued mail goes with their account.
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    -- queued: waiting for next_attempt_at; sending: claimed until next_attempt_at (a worker
    -- that died leaves it to be claimed again then); sent; dead: given up.
    status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'dead')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX outbox_user ON outbox(user_id);

-- Addresses whose mail servers refuse mail permanently; flagged after repeated refusals.
CREATE TABLE mail_address_flags (
    address TEXT PRIMARY KEY,
    hard_failures BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    flagged_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);

-- One-time tokens sent by mail; only their SHA-256 is kept.
CREATE TABLE account_tokens (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
    token_hash TEXT NOT NULL UNIQUE,
    -- For change_email: the address that becomes the account's when the link is used.
    new_email TEXT,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose);

-- "Forgot your password?" requests, answered by the delivery worker so that the request's
-- answer cannot tell whether the address has an account.
CREATE TABLE password_reset_requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL,
    requested_at TIMESTAMP NOT NULL
);

ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP;

-- Notifications: what a member hears about, in the app always and by mail as they choose.
CREATE TABLE notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The public id (API and pages).
    uuid TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- The kind id settings, mails and the API share (join_request, waitlist_promoted, …).
    kind TEXT NOT NULL,
    -- The Fluent message stem that says it (one kind may say several things).
    message TEXT NOT NULL,
    -- What the message needs, as JSON: texts in every language they exist in, and times.
    payload TEXT NOT NULL,
    -- Where it leads, a path on this site.
    link TEXT NOT NULL,
    -- Scheduled sends (reminders, digests) carry a key per member, kind, subject and occurrence,
    -- so a restart or a second instance never sends one twice.
    once_key TEXT UNIQUE,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP
);
CREATE INDEX notifications_inbox ON notifications(user_id, id);
CREATE INDEX notifications_unread ON notifications(user_id) WHERE read_at IS NULL;

-- A member's choice per kind: in the app only, or also by mail. No row: the kind's default.
CREATE TABLE notification_settings (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    by_mail BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Secrets the instances share, made once (the key that signs one-click unsubscribe links).
CREATE TABLE instance_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- RFC 8058 one-click unsubscribe link, and an iCalendar attachment (reminders).
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;
ALTER TABLE outbox ADD COLUMN calendar TEXT;

-- Which period a scheduled job last ran for (the weekly digest's week), claimed by one
-- instance with a conditional update.
CREATE TABLE schedule_marks (
    name TEXT PRIMARY KEY,
    period TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Moderation: hidden listings, suspended members, verification notes, reports, appeals and
-- the append-only audit log.

-- Why a listing is hidden: 'moderation' (a moderator hid it) or 'suspension' (its creator is
-- suspended; lifting the suspension shows it again). NULL: shown.
ALTER TABLE groups ADD COLUMN hidden TEXT;
ALTER TABLE events ADD COLUMN hidden TEXT;
ALTER TABLE opportunities ADD COLUMN hidden TEXT;
-- How an administrator checked a verified group (a registry number, a letter, a call).
ALTER TABLE groups ADD COLUMN verification_note TEXT;
ALTER TABLE users ADD COLUMN suspended_at TIMESTAMP;

CREATE TABLE reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reporter_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- group | event | opportunity | user | imported, and the id the API shows (uuid, or the
    -- imported listing's number).
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    details TEXT,
    -- open, then dismissed | hidden | restored, with the moderator's reason.
    status TEXT NOT NULL,
    outcome_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP
);
CREATE UNIQUE INDEX reports_one_open_per_member ON reports(reporter_id, target_type, target_id)
    WHERE status = 'open';
CREATE INDEX reports_by_target ON reports(target_type, target_id, status);
CREATE INDEX reports_by_reporter ON reports(reporter_id, id);

-- Every moderator and administrator action. The actor is kept by id and by name, without a
-- foreign key: deleting an account must not rewrite history.
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id BIGINT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    -- Whom the action concerns (the listing's creator, the suspended member), for appeals.
    subject_user_id BIGINT,
    reason TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_by_subject ON audit_log(subject_user_id, id);

-- An owner's one appeal against one hide or suspension (the audit row that did it).
CREATE TABLE appeals (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id BIGINT NOT NULL UNIQUE REFERENCES audit_log(id),
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    -- open, then upheld (the action stands) | granted (undone).
    status TEXT NOT NULL,
    decided_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    decision_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP
);
CREATE INDEX appeals_open ON appeals(status, id);

-- Append-only, enforced by the database as well as by the code having no such path.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

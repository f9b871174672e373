-- Who created each group, event and opportunity, so limits on new accounts (and, later,
-- suspensions) know whose listings they are. Existing rows take their group's owner.
ALTER TABLE groups ADD COLUMN created_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE events ADD COLUMN created_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE opportunities ADD COLUMN created_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
UPDATE groups SET created_by = (
    SELECT memberships.user_id FROM memberships
    WHERE memberships.group_id = groups.id AND memberships.role = 'owner'
    ORDER BY memberships.id LIMIT 1
);
UPDATE events SET created_by = (SELECT groups.created_by FROM groups WHERE groups.id = events.group_id);
UPDATE opportunities SET created_by = (
    SELECT groups.created_by FROM groups WHERE groups.id = opportunities.group_id
);
CREATE INDEX groups_created_by ON groups(created_by, created_at);
CREATE INDEX events_created_by ON events(created_by, created_at);
CREATE INDEX opportunities_created_by ON opportunities(created_by, created_at);

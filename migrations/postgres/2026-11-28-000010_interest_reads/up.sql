-- When each organizer last looked at who expressed interest in an opportunity: interest that
-- came later is "new" for them, on "My groups" and in the list itself.
CREATE TABLE interest_reads (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, opportunity_id)
);
CREATE INDEX interest_reads_opportunity ON interest_reads(opportunity_id);
-- Interest expressed before this table existed counts as seen by the organizers of the time,
-- so "My groups" does not greet them with every past expression of interest as new.
INSERT INTO interest_reads (user_id, opportunity_id, read_at)
SELECT memberships.user_id, opportunities.id, MAX(interests.created_at)
FROM memberships
JOIN opportunities ON opportunities.group_id = memberships.group_id
JOIN interests ON interests.opportunity_id = opportunities.id
WHERE memberships.status = 'active' AND memberships.role IN ('owner', 'organizer')
GROUP BY memberships.user_id, opportunities.id;

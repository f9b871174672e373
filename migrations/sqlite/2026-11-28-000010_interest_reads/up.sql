-- When each organizer last looked at who expressed interest in an opportunity: interest that
-- came later is "new" for them, on "My groups" and in the list itself.
CREATE TABLE interest_reads (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, opportunity_id)
);
CREATE INDEX interest_reads_opportunity ON interest_reads(opportunity_id);

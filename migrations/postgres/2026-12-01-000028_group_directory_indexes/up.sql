-- The directory lists listed groups (not hidden, not a calendar's carrier) by heritage and
-- country of residence, most members first, and counts them. With an index on the heritage
-- alone, both the count and the page read every group of that heritage from the table, and
-- the page sorted them. These answer the count from the index alone. For visitors not signed
-- in, the page of a heritage and residence, or of a residence, is walked in its order; a
-- heritage alone, or a signed-in member's wider visibility, still sorts the matching groups.
CREATE INDEX groups_directory_heritage
    ON groups(heritage_country, residence_country, visibility, member_count, id, hidden, calendar_peer_id)
    WHERE hidden IS NULL AND calendar_peer_id IS NULL;
CREATE INDEX groups_directory_residence
    ON groups(residence_country, visibility, member_count, id, hidden, calendar_peer_id)
    WHERE hidden IS NULL AND calendar_peer_id IS NULL;

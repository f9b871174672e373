-- The directory lists listed groups (not hidden, not a calendar's carrier) by heritage and
-- country of residence, most members first, and counts them. With an index on the heritage
-- alone, both the count and the page read every group of that heritage from the table, and
-- the page sorted them. These answer the count from the index alone, and walk the page of a
-- heritage and residence in its order.
CREATE INDEX groups_directory_heritage
    ON groups(heritage_country, residence_country, visibility, member_count, id, hidden, calendar_peer_id)
    WHERE hidden IS NULL AND calendar_peer_id IS NULL;
CREATE INDEX groups_directory_residence
    ON groups(residence_country, visibility, member_count, id, hidden, calendar_peer_id)
    WHERE hidden IS NULL AND calendar_peer_id IS NULL;

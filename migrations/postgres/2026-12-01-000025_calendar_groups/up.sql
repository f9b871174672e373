-- Events from a peer's iCalendar feed have no group of their own. Each calendar peer gets one
-- group row that carries its events in our listings: read-only, never in the directory, never
-- published, and gone with its peer.
ALTER TABLE groups ADD COLUMN calendar_peer_id BIGINT REFERENCES peers(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX groups_calendar_peer ON groups(calendar_peer_id) WHERE calendar_peer_id IS NOT NULL;
-- Calendar feeds are read afresh once, so every stored copy gains what the reader now keeps
-- (the end, all-day dates, cancelled and moved dates).
UPDATE peers SET etag = NULL WHERE kind = 'ical';

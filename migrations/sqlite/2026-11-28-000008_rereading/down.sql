ALTER TABLE change_log_horizon DROP COLUMN prune_epoch;
ALTER TABLE imported_listings DROP COLUMN seen_generation;
ALTER TABLE peers DROP COLUMN snapshot_changes_cursor;
ALTER TABLE peers DROP COLUMN snapshot_position;
ALTER TABLE peers DROP COLUMN resync_generation;

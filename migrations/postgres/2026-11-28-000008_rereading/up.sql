-- A full copy of a diaspora-hub peer (the first sync, or again after our change-feed cursor
-- expired) reads its snapshot lists, which never expire, over as many runs as it takes. Each
-- full copy has a number; listings it mentions are stamped with it, and once the snapshots have
-- been read to their end, those of this peer not stamped are swept and the change feed is
-- followed from the position the first snapshot page gave.
ALTER TABLE peers ADD COLUMN resync_generation BIGINT NOT NULL DEFAULT 0;
-- Where the copy stands (`group`, `event:<cursor>`…), while one is going on.
ALTER TABLE peers ADD COLUMN snapshot_position TEXT;
ALTER TABLE peers ADD COLUMN snapshot_changes_cursor TEXT;
ALTER TABLE imported_listings ADD COLUMN seen_generation BIGINT NOT NULL DEFAULT 0;

-- Reading the change feed from its start must survive prunes between pages: a cursor carries
-- the prune epoch it was handed out in, and only a prune that forgot deletions since then
-- expires it. Cursors handed out before this column existed belong to epoch 0; if deletions
-- were already pruned, they are of an older epoch than the current one.
ALTER TABLE change_log_horizon ADD COLUMN prune_epoch BIGINT NOT NULL DEFAULT 0;
UPDATE change_log_horizon SET prune_epoch = 1 WHERE pruned_before > 0;

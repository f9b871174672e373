-- Re-reading a peer's whole change feed (after its cursor expired) may take several runs. Each
-- re-read has a number; listings the feed mentions are stamped with it, and once the feed has
-- been read to its end, those of this peer not stamped are swept.
ALTER TABLE peers ADD COLUMN resync_generation BIGINT NOT NULL DEFAULT 0;
ALTER TABLE peers ADD COLUMN resyncing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE imported_listings ADD COLUMN seen_generation BIGINT NOT NULL DEFAULT 0;

-- Reading the change feed from its start must survive prunes between pages: a cursor carries
-- the prune epoch it was handed out in, and only a prune that forgot deletions since then
-- expires it. Cursors handed out before this column existed belong to epoch 0; if deletions
-- were already pruned, they are of an older epoch than the current one.
ALTER TABLE change_log_horizon ADD COLUMN prune_epoch BIGINT NOT NULL DEFAULT 0;
UPDATE change_log_horizon SET prune_epoch = 1 WHERE pruned_before > 0;

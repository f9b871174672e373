-- The time zone an opportunity's expiry date is read in: "open through 30 June" ends at
-- midnight there. Opportunities published before this column existed expired in UTC.
ALTER TABLE opportunities ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';

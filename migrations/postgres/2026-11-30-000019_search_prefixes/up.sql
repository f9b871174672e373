-- SQLite's full-text tables gained prefix indexes in this version; PostgreSQL's GIN indexes
-- over tsvector already answer prefix queries (`word:*`), so nothing changes here.
SELECT 1;

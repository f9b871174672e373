-- Every search term is matched as a prefix ("senegal" finds "senegalais"). Without prefix
-- indexes FTS5 merged the lists of every word with that prefix, for all rows, at each lookup:
-- checking one listing against a common word cost as much as listing every match (2 ms), so a
-- search could not walk listings in date order and stop at the page's end. With them a prefix
-- of up to 12 characters is one list, like a whole word (about 15 µs a check).
CREATE VIRTUAL TABLE group_search_rebuilt USING fts5(group_id UNINDEXED, document, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6 7 8 9 10 11 12');
INSERT INTO group_search_rebuilt (rowid, group_id, document) SELECT rowid, group_id, document FROM group_search;
DROP TABLE group_search;
ALTER TABLE group_search_rebuilt RENAME TO group_search;
CREATE VIRTUAL TABLE event_search_rebuilt USING fts5(event_id UNINDEXED, document, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6 7 8 9 10 11 12');
INSERT INTO event_search_rebuilt (rowid, event_id, document) SELECT rowid, event_id, document FROM event_search;
DROP TABLE event_search;
ALTER TABLE event_search_rebuilt RENAME TO event_search;
CREATE VIRTUAL TABLE opportunity_search_rebuilt USING fts5(opportunity_id UNINDEXED, document, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6 7 8 9 10 11 12');
INSERT INTO opportunity_search_rebuilt (rowid, opportunity_id, document) SELECT rowid, opportunity_id, document FROM opportunity_search;
DROP TABLE opportunity_search;
ALTER TABLE opportunity_search_rebuilt RENAME TO opportunity_search;

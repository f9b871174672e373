DROP TABLE imported_listings;
DROP TABLE peers;

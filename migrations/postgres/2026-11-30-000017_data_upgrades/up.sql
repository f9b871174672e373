-- One-time data upgrades the application runs itself, because they need its own parsing
-- (db::upgrades): each is recorded here once done, so it runs once per database.
CREATE TABLE data_upgrades (
    name TEXT PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL
);

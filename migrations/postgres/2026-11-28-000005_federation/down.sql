DROP TABLE partner_keys;
DROP TABLE partners;
DROP TABLE tombstones;
DROP TABLE change_log_horizon;
DROP TABLE change_log;

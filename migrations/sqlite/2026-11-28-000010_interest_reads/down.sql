DROP TABLE interest_reads;

-- One row per key a public request is limited by (the hash of the person's address, the hash of
-- the network client), whose only use is its lock. The public intake locks the row of each key
-- before it counts the key's requests of the last day and stores a new one, in one transaction:
-- concurrent requests for one key then take turns in the database, on one server or many, so a
-- limit holds under a flood (Art. 12(5) GDPR: excessive requests; a mailbox bombed with
-- identity-check letters). Counting alone let 30 simultaneous requests through a limit of 20.
--
-- TOUCHED_AT (epoch milliseconds) is the last request for the key; rows untouched for a day lock
-- nothing useful and are deleted every hour (RequestLimits), so the table holds about one day's
-- distinct keys. Portable SQL: runs unchanged on Derby and PostgreSQL.
CREATE TABLE GDPR_REQUEST_LIMIT (
    LIMIT_KEY   VARCHAR(64)  NOT NULL,
    TOUCHED_AT  BIGINT       NOT NULL,
    CONSTRAINT GDPR_REQUEST_LIMIT_PK PRIMARY KEY (LIMIT_KEY)
);

-- Retention (Art. 5(1)(e) GDPR, storage limitation). Portable SQL for Derby and PostgreSQL; times
-- are epoch milliseconds (BIGINT) like the other module tables.

-- When each retention clock started: one row per person, activity and kind of fact that starts a
-- period (DATA_COLLECTED, CONTACT_BY_SUBJECT, CONTRACT_ENDED, HOST_EVENT:<name>). A later fact
-- restarts the clock (STARTED_AT moves forward, STAGE back to ACTIVE). STAGE is ACTIVE, then
-- ARCHIVED after the rule's archive stage began; the row is deleted once the end action is done.
CREATE TABLE GDPR_RETENTION_CLOCK (
    SUBJECT     VARCHAR(255) NOT NULL,
    ACTIVITY    VARCHAR(255) NOT NULL,
    START_KIND  VARCHAR(300) NOT NULL,
    STARTED_AT  BIGINT       NOT NULL,
    STAGE       VARCHAR(20)  NOT NULL,
    STAGE_SINCE BIGINT       NOT NULL,
    CONSTRAINT GDPR_RETENTION_CLOCK_PK PRIMARY KEY (SUBJECT, ACTIVITY, START_KIND)
);
CREATE INDEX GDPR_RETENTION_CLOCK_DUE ON GDPR_RETENTION_CLOCK (ACTIVITY, START_KIND, STARTED_AT);

-- One row per run: a scheduled run carries the time of its slot in the schedule, unique, so
-- that of several servers on one database exactly one records (and makes) each scheduled run.
-- STATUS is RUNNING until COMPLETED (or FAILED); a RUNNING row whose server died is resumed by
-- the next run once the lease below has expired. AS_OF is the instant the periods are counted
-- to, kept so a resumed run purges exactly what the first attempt would have.
CREATE TABLE GDPR_RETENTION_RUN (
    ID          VARCHAR(36)   NOT NULL,
    TRIGGERED   VARCHAR(20)   NOT NULL,
    SLOT_AT     BIGINT,
    AS_OF       BIGINT        NOT NULL,
    STARTED_AT  BIGINT        NOT NULL,
    ENDED_AT    BIGINT,
    STATUS      VARCHAR(20)   NOT NULL,
    NODE        VARCHAR(200)  NOT NULL,
    ACTOR       VARCHAR(255)  NOT NULL,
    ATTEMPTS    INTEGER       NOT NULL,
    PROBLEMS    INTEGER       NOT NULL,
    CONSTRAINT GDPR_RETENTION_RUN_PK PRIMARY KEY (ID),
    CONSTRAINT GDPR_RETENTION_RUN_SLOT UNIQUE (SLOT_AT)
);
CREATE INDEX GDPR_RETENTION_RUN_STARTED ON GDPR_RETENTION_RUN (STARTED_AT);
CREATE INDEX GDPR_RETENTION_RUN_STATUS ON GDPR_RETENTION_RUN (STATUS, STARTED_AT);

-- What a run did, per rule (the register activity, or the kind of module data), part (the
-- module's own data, or a host observer by class name) and outcome (deleted, anonymised,
-- archived, kept, failed, no-rule, no-observer). A batch adds its count in its own transaction,
-- so the counts are exactly what committed, also after a crash.
CREATE TABLE GDPR_RETENTION_RESULT (
    RUN_ID      VARCHAR(36)   NOT NULL,
    RULE_KEY    VARCHAR(255)  NOT NULL,
    PART        VARCHAR(255)  NOT NULL,
    OUTCOME     VARCHAR(20)   NOT NULL,
    ITEM_COUNT  BIGINT        NOT NULL,
    DETAIL      VARCHAR(2000),
    CONSTRAINT GDPR_RETENTION_RESULT_PK PRIMARY KEY (RUN_ID, RULE_KEY, PART, OUTCOME),
    CONSTRAINT GDPR_RETENTION_RESULT_RUN FOREIGN KEY (RUN_ID) REFERENCES GDPR_RETENTION_RUN (ID)
);

-- The lease that lets one server of a cluster run retention at a time: taken by an UPDATE that
-- only matches an expired (or its own) lease, renewed while the run lasts, released at its end.
CREATE TABLE GDPR_RETENTION_LEASE (
    NAME        VARCHAR(40)   NOT NULL,
    HOLDER      VARCHAR(200)  NOT NULL,
    EXPIRES_AT  BIGINT        NOT NULL,
    CONSTRAINT GDPR_RETENTION_LEASE_PK PRIMARY KEY (NAME)
);
INSERT INTO GDPR_RETENTION_LEASE (NAME, HOLDER, EXPIRES_AT) VALUES ('retention', '-', 0);

-- The record of processing activities (Art. 30 GDPR). Each activity, recipient and the global
-- security measures is one row holding its register-file JSON, so the file format, the API and
-- the database never disagree; the register is tens of rows, read whole and cached.
-- Portable SQL: runs unchanged on Derby and PostgreSQL (VARCHAR(32000) rather than CLOB/TEXT,
-- which the two do not share; the module refuses an entry longer than that).
CREATE TABLE GDPR_REGISTER_ENTRY (
    ID          VARCHAR(120)   NOT NULL,
    ITEM_KIND   VARCHAR(20)    NOT NULL,
    ENTRY_KEY   VARCHAR(80)    NOT NULL,
    NAME        VARCHAR(200)   NOT NULL,
    DOCUMENT    VARCHAR(32000) NOT NULL,
    VERSION     INTEGER        NOT NULL,
    CHANGED_AT  BIGINT         NOT NULL,
    CHANGED_BY  VARCHAR(255)   NOT NULL,
    CONSTRAINT GDPR_REGISTER_ENTRY_PK PRIMARY KEY (ID)
);

-- One row: the register's revision, raised by every change (and locked by it, so changes that
-- check one item against others, such as a recipient still in use, never interleave), and the
-- start-up import of gdpr.register.initial-file, done once per database.
CREATE TABLE GDPR_REGISTER_STATE (
    ID                  INTEGER       NOT NULL,
    REVISION            BIGINT        NOT NULL,
    INITIAL_FILE        VARCHAR(1000),
    INITIAL_IMPORTED_AT BIGINT,
    CONSTRAINT GDPR_REGISTER_STATE_PK PRIMARY KEY (ID)
);

INSERT INTO GDPR_REGISTER_STATE (ID, REVISION) VALUES (1, 0);

-- Data-subject requests (Art. 12 to 22 GDPR). A request row is kept for the register's period
-- for the "data-subject requests" activity: it is the controller's proof that it answered, and
-- in time (Art. 5(2), 12(3)).
CREATE TABLE GDPR_REQUEST (
    ID                VARCHAR(36)   NOT NULL,
    REFERENCE         VARCHAR(20)   NOT NULL,
    RIGHT_NAME        VARCHAR(30)   NOT NULL,
    STATUS            VARCHAR(20)   NOT NULL,
    EMAIL             VARCHAR(254)  NOT NULL,
    EMAIL_HASH        VARCHAR(64)   NOT NULL,
    PERSON_NAME       VARCHAR(200)  NOT NULL,
    DETAILS           VARCHAR(4000) NOT NULL,
    PURPOSE           VARCHAR(100),
    CONTACT           VARCHAR(500),
    HOST_REFERENCE    VARCHAR(200),
    LANGUAGE          VARCHAR(8)    NOT NULL,
    CLIENT_HASH       VARCHAR(64),
    RECEIVED_AT       BIGINT        NOT NULL,
    VERIFIED_AT       BIGINT,
    VERIFIED_HOW      VARCHAR(40),
    DUE_ON            VARCHAR(10)   NOT NULL,
    EXTENDED_TO       VARCHAR(10),
    EXTENSION_REASON  VARCHAR(2000),
    CLOSED_AT         BIGINT,
    OUTCOME           VARCHAR(4000),
    REMINDED          VARCHAR(20),
    VERSION           INTEGER       NOT NULL,
    CONSTRAINT GDPR_REQUEST_PK PRIMARY KEY (ID),
    CONSTRAINT GDPR_REQUEST_REF UNIQUE (REFERENCE)
);
CREATE INDEX GDPR_REQUEST_EMAIL ON GDPR_REQUEST (EMAIL_HASH, RECEIVED_AT);
CREATE INDEX GDPR_REQUEST_CLIENT ON GDPR_REQUEST (CLIENT_HASH, RECEIVED_AT);
CREATE INDEX GDPR_REQUEST_STATUS ON GDPR_REQUEST (STATUS, DUE_ON);

-- What happened to a request, in order: its timeline in the console and its proof.
CREATE TABLE GDPR_REQUEST_EVENT (
    ID          VARCHAR(36)   NOT NULL,
    REQUEST_ID  VARCHAR(36)   NOT NULL,
    EVENT_AT    BIGINT        NOT NULL,
    ACTOR       VARCHAR(255)  NOT NULL,
    KIND        VARCHAR(40)   NOT NULL,
    DETAIL      VARCHAR(4000) NOT NULL,
    CONSTRAINT GDPR_REQUEST_EVENT_PK PRIMARY KEY (ID),
    CONSTRAINT GDPR_REQUEST_EVENT_REQ FOREIGN KEY (REQUEST_ID) REFERENCES GDPR_REQUEST (ID)
);
CREATE INDEX GDPR_REQUEST_EVENT_AT ON GDPR_REQUEST_EVENT (REQUEST_ID, EVENT_AT);

-- Links sent by e-mail (identity check, export download). Only the SHA-256 of a token is
-- stored: a copy of the database does not let anyone use a link.
CREATE TABLE GDPR_REQUEST_TOKEN (
    TOKEN_HASH  VARCHAR(64)   NOT NULL,
    REQUEST_ID  VARCHAR(36)   NOT NULL,
    PURPOSE     VARCHAR(20)   NOT NULL,
    CREATED_AT  BIGINT        NOT NULL,
    EXPIRES_AT  BIGINT        NOT NULL,
    USED_AT     BIGINT,
    CONSTRAINT GDPR_REQUEST_TOKEN_PK PRIMARY KEY (TOKEN_HASH),
    CONSTRAINT GDPR_REQUEST_TOKEN_REQ FOREIGN KEY (REQUEST_ID) REFERENCES GDPR_REQUEST (ID)
);
CREATE INDEX GDPR_REQUEST_TOKEN_EXPIRY ON GDPR_REQUEST_TOKEN (EXPIRES_AT);

-- One row per host contributor and step (export, erasure): what it reported, or how it failed,
-- so a failed step is re-run for the failed contributors only.
CREATE TABLE GDPR_REQUEST_STEP (
    REQUEST_ID   VARCHAR(36)   NOT NULL,
    STEP         VARCHAR(20)   NOT NULL,
    CONTRIBUTOR  VARCHAR(255)  NOT NULL,
    STATUS       VARCHAR(20)   NOT NULL,
    REPORT       ${longText}   NOT NULL,
    STEP_AT      BIGINT        NOT NULL,
    CONSTRAINT GDPR_REQUEST_STEP_PK PRIMARY KEY (REQUEST_ID, STEP, CONTRIBUTOR),
    CONSTRAINT GDPR_REQUEST_STEP_REQ FOREIGN KEY (REQUEST_ID) REFERENCES GDPR_REQUEST (ID)
);

-- The export file, in the database so that any server of a cluster can serve the download; the
-- row is deleted when its link expires.
CREATE TABLE GDPR_EXPORT_FILE (
    REQUEST_ID  VARCHAR(36)   NOT NULL,
    CREATED_AT  BIGINT        NOT NULL,
    EXPIRES_AT  BIGINT        NOT NULL,
    BYTE_COUNT  BIGINT        NOT NULL,
    ROW_COUNT   BIGINT        NOT NULL,
    CONTENT     ${binary}     NOT NULL,
    CONSTRAINT GDPR_EXPORT_FILE_PK PRIMARY KEY (REQUEST_ID),
    CONSTRAINT GDPR_EXPORT_FILE_REQ FOREIGN KEY (REQUEST_ID) REFERENCES GDPR_REQUEST (ID)
);

-- Restrictions (Art. 18), upheld objections (Art. 21) and the direct-marketing suppression list
-- (Art. 21(3)), keyed by the SHA-256 of the lower-case address: host code asks by address, and
-- the list must outlive an erasure of the person's account without keeping the address itself.
CREATE TABLE GDPR_RIGHT_IN_FORCE (
    ID          VARCHAR(36)   NOT NULL,
    EMAIL_HASH  VARCHAR(64)   NOT NULL,
    KIND        VARCHAR(20)   NOT NULL,
    PURPOSE     VARCHAR(100)  NOT NULL,
    REQUEST_ID  VARCHAR(36),
    SINCE       BIGINT        NOT NULL,
    LIFTED_AT   BIGINT,
    CONSTRAINT GDPR_RIGHT_IN_FORCE_PK PRIMARY KEY (ID)
);
CREATE INDEX GDPR_RIGHT_IN_FORCE_EMAIL ON GDPR_RIGHT_IN_FORCE (EMAIL_HASH, KIND);

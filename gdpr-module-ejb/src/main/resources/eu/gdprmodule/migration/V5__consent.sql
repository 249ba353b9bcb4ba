-- Cookie consent. A proof row is written for every choice, refusals included: the controller
-- must be able to demonstrate consent (Art. 7(1) GDPR), and the CNIL expects proof that a
-- refusal was respected too. Rows are never updated; retention (the register's period for
-- the consent activity) deletes them.
CREATE TABLE GDPR_CONSENT_PROOF (
    PROOF_ID       VARCHAR(36)   NOT NULL,
    CONSENT_ID     VARCHAR(36)   NOT NULL,
    GIVEN_AT       BIGINT        NOT NULL,
    POLICY_VERSION INTEGER       NOT NULL,
    LANGUAGE       VARCHAR(8)    NOT NULL,
    TEXT_HASH      VARCHAR(64)   NOT NULL,
    METHOD         VARCHAR(20)   NOT NULL,
    GPC            BOOLEAN       NOT NULL,
    CATEGORIES     VARCHAR(2000) NOT NULL,
    SERVICES       VARCHAR(4000) NOT NULL,
    IP_PREFIX      VARCHAR(64),
    USER_AGENT     VARCHAR(512),
    CONSTRAINT GDPR_CONSENT_PROOF_PK PRIMARY KEY (PROOF_ID)
);
CREATE INDEX GDPR_CONSENT_PROOF_CONSENT ON GDPR_CONSENT_PROOF (CONSENT_ID);
CREATE INDEX GDPR_CONSENT_PROOF_GIVEN ON GDPR_CONSENT_PROOF (GIVEN_AT);

-- The exact text a visitor was shown, stored once per text (its SHA-256 is in each proof).
CREATE TABLE GDPR_CONSENT_TEXT (
    TEXT_HASH      VARCHAR(64)   NOT NULL,
    LANGUAGE       VARCHAR(8)    NOT NULL,
    POLICY_VERSION INTEGER       NOT NULL,
    BANNER_TEXT    ${longText}   NOT NULL,
    FIRST_SHOWN_AT BIGINT        NOT NULL,
    CONSTRAINT GDPR_CONSENT_TEXT_PK PRIMARY KEY (TEXT_HASH)
);

-- The cookie catalogue, one row (ID 1) replaced as a whole on each save; REVISION guards
-- against two editors overwriting each other.
CREATE TABLE GDPR_COOKIE_CATALOGUE (
    ID         INTEGER      NOT NULL,
    REVISION   INTEGER      NOT NULL,
    DOCUMENT   ${longText}  NOT NULL,
    SAVED_AT   BIGINT       NOT NULL,
    SAVED_BY   VARCHAR(255) NOT NULL,
    CONSTRAINT GDPR_COOKIE_CATALOGUE_PK PRIMARY KEY (ID)
);

-- Secrets the module generates once and every server of a cluster shares (the consent
-- cookie's HMAC key), unless configuration supplies them.
CREATE TABLE GDPR_SECRET (
    NAME         VARCHAR(60)  NOT NULL,
    SECRET_VALUE VARCHAR(200) NOT NULL,
    CREATED_AT   BIGINT       NOT NULL,
    CONSTRAINT GDPR_SECRET_PK PRIMARY KEY (NAME)
);

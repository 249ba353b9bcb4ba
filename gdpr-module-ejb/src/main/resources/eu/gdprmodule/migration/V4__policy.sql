-- Versioned policy pages (privacy, cookies and any the administrator adds). A published version
-- is never updated: its HTML is frozen at publication so the controller can prove what the
-- policy said on any day (accountability, Art. 5(2) GDPR), whatever the register says later.
-- ${longText} is CLOB on Derby and TEXT on PostgreSQL (SchemaMigration.longTextType).
CREATE TABLE GDPR_POLICY (
    SLUG        VARCHAR(60)  NOT NULL,
    CREATED_AT  BIGINT       NOT NULL,
    CREATED_BY  VARCHAR(255) NOT NULL,
    CONSTRAINT GDPR_POLICY_PK PRIMARY KEY (SLUG)
);

-- At most one draft per policy and language; publishing turns it into the next version.
CREATE TABLE GDPR_POLICY_DRAFT (
    ID          VARCHAR(80)   NOT NULL,
    SLUG        VARCHAR(60)   NOT NULL,
    LANGUAGE    VARCHAR(8)    NOT NULL,
    TITLE       VARCHAR(200)  NOT NULL,
    SOURCE      ${longText}   NOT NULL,
    SUMMARY     VARCHAR(2000),
    MATERIAL    BOOLEAN       NOT NULL,
    VERSION     INTEGER       NOT NULL,
    CHANGED_AT  BIGINT        NOT NULL,
    CHANGED_BY  VARCHAR(255)  NOT NULL,
    CONSTRAINT GDPR_POLICY_DRAFT_PK PRIMARY KEY (ID),
    CONSTRAINT GDPR_POLICY_DRAFT_POLICY FOREIGN KEY (SLUG) REFERENCES GDPR_POLICY (SLUG)
);

-- Published versions, numbered from 1 per policy and language. REGISTER_DOCUMENT is the register
-- (as a register file) the generated sections were rendered from, and HTML_SHA256 the digest of
-- the frozen HTML, for an auditor; REQUEST_FORM_URL is the link the rights section was given.
CREATE TABLE GDPR_POLICY_VERSION (
    ID                VARCHAR(90)   NOT NULL,
    SLUG              VARCHAR(60)   NOT NULL,
    LANGUAGE          VARCHAR(8)    NOT NULL,
    NUMBER            INTEGER       NOT NULL,
    TITLE             VARCHAR(200)  NOT NULL,
    SOURCE            ${longText}   NOT NULL,
    HTML              ${longText}   NOT NULL,
    HTML_SHA256       VARCHAR(64)   NOT NULL,
    SUMMARY           VARCHAR(2000) NOT NULL,
    MATERIAL          BOOLEAN       NOT NULL,
    PUBLISHED_AT      BIGINT        NOT NULL,
    PUBLISHED_BY      VARCHAR(255)  NOT NULL,
    REGISTER_REVISION BIGINT        NOT NULL,
    REGISTER_DOCUMENT ${longText}   NOT NULL,
    REQUEST_FORM_URL  VARCHAR(1000),
    CONSTRAINT GDPR_POLICY_VERSION_PK PRIMARY KEY (ID),
    CONSTRAINT GDPR_POLICY_VERSION_NUMBER UNIQUE (SLUG, LANGUAGE, NUMBER),
    CONSTRAINT GDPR_POLICY_VERSION_POLICY FOREIGN KEY (SLUG) REFERENCES GDPR_POLICY (SLUG)
);

-- The two policies every site needs; an administrator adds others.
INSERT INTO GDPR_POLICY (SLUG, CREATED_AT, CREATED_BY) VALUES ('privacy', 0, 'system');
INSERT INTO GDPR_POLICY (SLUG, CREATED_AT, CREATED_BY) VALUES ('cookies', 0, 'system');

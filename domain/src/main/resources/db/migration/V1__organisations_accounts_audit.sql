-- The reporting tree, accounts with their holders, and the audit trail.
-- Sequences start at their increment: EclipseLink preallocates the 50 values below each one it reads.
-- Runs unchanged on H2 and PostgreSQL; ${pathOps} is the operator class that lets PostgreSQL
-- use the path index for prefix (subtree) searches whatever the database collation.

CREATE SEQUENCE org_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE holder_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(10)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    school_category     VARCHAR(30),
    moe_affiliated      BOOLEAN      NOT NULL,
    parent_id           BIGINT       REFERENCES organisation (id),
    division_code       VARCHAR(6),
    path                VARCHAR(255) NOT NULL,
    depth               INTEGER      NOT NULL,
    tier                VARCHAR(12)  NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    status_date         DATE,
    successor_id        BIGINT       REFERENCES organisation (id),
    enrolment_suspended BOOLEAN      NOT NULL,
    version             INTEGER      NOT NULL,
    CONSTRAINT organisation_code UNIQUE (code)
);
CREATE INDEX organisation_parent ON organisation (parent_id);
CREATE INDEX organisation_path ON organisation (path ${pathOps});
CREATE INDEX organisation_tier ON organisation (tier, status);

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(40)  NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    organisation_id      BIGINT       REFERENCES organisation (id),
    password_hash        VARCHAR(255),
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    enabled              BOOLEAN      NOT NULL,
    real_name            VARCHAR(50),
    position             VARCHAR(50),
    phone                VARCHAR(20),
    email                VARCHAR(100),
    created_at           TIMESTAMP    NOT NULL,
    version              INTEGER      NOT NULL,
    CONSTRAINT account_username UNIQUE (username)
);
CREATE INDEX account_organisation ON account (organisation_id);

CREATE TABLE account_holder (
    id         BIGINT       NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL REFERENCES account (id),
    real_name  VARCHAR(50),
    position   VARCHAR(50),
    phone      VARCHAR(20),
    email      VARCHAR(100),
    valid_from TIMESTAMP    NOT NULL,
    valid_to   TIMESTAMP
);
CREATE INDEX account_holder_account ON account_holder (account_id);

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP     NOT NULL,
    actor       VARCHAR(64),
    action      VARCHAR(40)   NOT NULL,
    target_type VARCHAR(20),
    target_id   VARCHAR(64),
    detail      VARCHAR(2000),
    address     VARCHAR(64)
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor);

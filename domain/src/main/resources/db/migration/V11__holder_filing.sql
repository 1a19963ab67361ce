-- A change of holder of a provincial authority's or an MoE university's account is filed with the
-- CEEC, whose staff (the security administrator) see and acknowledge it (DOMAIN.md, accounts).
-- Runs on H2 2.x and PostgreSQL.

CREATE SEQUENCE filing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE holder_filing (
    id               BIGINT       NOT NULL PRIMARY KEY,
    account_id       BIGINT       NOT NULL REFERENCES account (id),
    filed_at         TIMESTAMP    NOT NULL,
    previous_holder  VARCHAR(50)  NOT NULL,
    new_holder       VARCHAR(50)  NOT NULL,
    new_position     VARCHAR(50),
    new_phone        VARCHAR(20),
    new_email        VARCHAR(100),
    acknowledged_by  VARCHAR(40),
    acknowledged_at  TIMESTAMP,
    version          INTEGER      NOT NULL
);
CREATE INDEX holder_filing_open ON holder_filing (acknowledged_at, filed_at);

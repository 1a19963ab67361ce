-- Registry synchronisation runs, their file, errors and change set; dated organisation events;
-- affiliation-change proposals (第九~十二条).

CREATE SEQUENCE sync_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sync_run (
    id              BIGINT       NOT NULL PRIMARY KEY,
    file_name       VARCHAR(255) NOT NULL,
    charset         VARCHAR(20),
    trigger_kind    VARCHAR(10)  NOT NULL,
    started_by      VARCHAR(40)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    finished_at     TIMESTAMP,
    total_rows      INTEGER      NOT NULL,
    change_count    INTEGER      NOT NULL,
    applied_count   INTEGER      NOT NULL,
    error_count     INTEGER      NOT NULL,
    added           INTEGER      NOT NULL,
    changed         INTEGER      NOT NULL,
    move_proposed   INTEGER      NOT NULL,
    merged          INTEGER      NOT NULL,
    closed          INTEGER      NOT NULL,
    reopened        INTEGER      NOT NULL,
    version         INTEGER      NOT NULL
);

CREATE TABLE sync_run_file (
    run_id  BIGINT NOT NULL PRIMARY KEY REFERENCES sync_run (id),
    content ${blobType} NOT NULL
);

CREATE TABLE sync_run_error (
    id       BIGINT        NOT NULL PRIMARY KEY,
    run_id   BIGINT        NOT NULL REFERENCES sync_run (id),
    line_no  INTEGER       NOT NULL,
    msg_key  VARCHAR(60)   NOT NULL,
    args     VARCHAR(1000)
);
CREATE INDEX sync_run_error_run ON sync_run_error (run_id, line_no);

CREATE TABLE sync_run_change (
    id          BIGINT        NOT NULL PRIMARY KEY,
    run_id      BIGINT        NOT NULL REFERENCES sync_run (id),
    seq         INTEGER       NOT NULL,
    change_type VARCHAR(16)   NOT NULL,
    code        VARCHAR(10)   NOT NULL,
    before_text VARCHAR(1000),
    after_text  VARCHAR(1000) NOT NULL,
    row_data    VARCHAR(1000) NOT NULL,
    proposer    VARCHAR(10),
    applied     BOOLEAN       NOT NULL,
    CONSTRAINT sync_run_change_seq UNIQUE (run_id, seq)
);

CREATE TABLE org_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    event_type      VARCHAR(16)   NOT NULL,
    effective       DATE          NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    recorded_by     VARCHAR(40)   NOT NULL,
    before_text     VARCHAR(1000),
    after_text      VARCHAR(1000),
    run_id          BIGINT
);
CREATE INDEX org_event_org ON org_event (organisation_id, effective);

CREATE TABLE affiliation_proposal (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    from_parent_id  BIGINT       NOT NULL REFERENCES organisation (id),
    to_parent_id    BIGINT       NOT NULL REFERENCES organisation (id),
    proposer_id     BIGINT       NOT NULL REFERENCES organisation (id),
    run_id          BIGINT,
    status          VARCHAR(10)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    decided_by      VARCHAR(40),
    decided_at      TIMESTAMP,
    version         INTEGER      NOT NULL
);
CREATE INDEX affiliation_proposal_proposer ON affiliation_proposal (proposer_id, status);

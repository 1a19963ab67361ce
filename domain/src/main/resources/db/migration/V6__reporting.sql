-- The quarterly cycle (第十七~二十条): one submission per unit and quarter with its timeline, the
-- claims that make each deadline run apply once across a cluster, and the MoE's deadline extensions.
-- The unit is copied as plain columns (org_path, tier) so that deadline runs over 350k units are
-- set-based statements without joins. Runs unchanged on H2 2.x and PostgreSQL.

CREATE SEQUENCE submission_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE submission (
    id                BIGINT       NOT NULL PRIMARY KEY,
    quarter_key       INTEGER      NOT NULL,
    org_id            BIGINT       NOT NULL REFERENCES organisation (id),
    org_path          VARCHAR(255) NOT NULL,
    org_code          VARCHAR(10)  NOT NULL,
    tier              VARCHAR(12)  NOT NULL,
    has_reviewer      BOOLEAN      NOT NULL,
    state             VARCHAR(24)  NOT NULL,
    data_status       VARCHAR(20)  NOT NULL,
    auto_reported     BOOLEAN      NOT NULL,
    sent_at           TIMESTAMP,
    return_reason     VARCHAR(500),
    return_limit      TIMESTAMP,
    withdrawal_reason VARCHAR(500),
    version           INTEGER      NOT NULL,
    CONSTRAINT submission_unit UNIQUE (quarter_key, org_id)
);
-- Subtree progress and chasing: a quarter's submissions under a path prefix.
CREATE INDEX submission_path ON submission (quarter_key, org_path ${pathOps});
-- Deadline runs: a tier's units of a quarter that are not sent yet.
CREATE INDEX submission_due ON submission (quarter_key, tier, state);
-- Lapsed return time limits.
CREATE INDEX submission_return_limit ON submission (state, return_limit);

CREATE TABLE submission_transition (
    submission_id BIGINT       NOT NULL REFERENCES submission (id),
    seq           INTEGER      NOT NULL,
    action        VARCHAR(24)  NOT NULL,
    from_state    VARCHAR(24)  NOT NULL,
    to_state      VARCHAR(24)  NOT NULL,
    actor         VARCHAR(40)  NOT NULL,
    actor_role    VARCHAR(20),
    at            TIMESTAMP    NOT NULL,
    reason        VARCHAR(500),
    PRIMARY KEY (submission_id, seq)
);

-- One row per deadline that a node has claimed: the INSERT of the primary key is the claim, so a
-- timer firing twice or on two instances runs the deadline once; finished_at null after a crash
-- means the run must be resumed (each step is idempotent).
CREATE TABLE deadline_run (
    quarter_key INTEGER     NOT NULL,
    tier        VARCHAR(12) NOT NULL,
    claimed_at  TIMESTAMP   NOT NULL,
    claimed_by  VARCHAR(64) NOT NULL,
    finished_at TIMESTAMP,
    PRIMARY KEY (quarter_key, tier)
);

-- Later deadlines set by the MoE for one tier of one quarter (cn.eduinfo.reporting.Extension).
CREATE TABLE deadline_extension (
    quarter_key  INTEGER      NOT NULL,
    tier         VARCHAR(12)  NOT NULL,
    new_deadline TIMESTAMP    NOT NULL,
    granted_by   VARCHAR(40)  NOT NULL,
    granted_at   TIMESTAMP    NOT NULL,
    reason       VARCHAR(500),
    PRIMARY KEY (quarter_key, tier)
);

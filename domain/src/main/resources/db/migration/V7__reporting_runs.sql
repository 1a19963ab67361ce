-- The quarterly cycle at work: the simulated clock of training mode, notifications (reminders, chasing,
-- returns, withdrawal requests), the claims of reminder runs, and the unit's data as it was when a
-- report was sent back (a re-report replaces the report; the old one stays here). Runs on H2 2.x and PostgreSQL.

-- Training mode (notice §1(2)): one row, the offset of the simulated clock from the real one, shared
-- by every instance of the cluster.
CREATE TABLE training_clock (
    id        INTEGER     NOT NULL PRIMARY KEY,
    offset_ms BIGINT      NOT NULL,
    set_by    VARCHAR(40) NOT NULL,
    set_at    TIMESTAMP   NOT NULL
);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

-- Addressed to an organisation: its administrators and reviewers see it (第八条).
CREATE TABLE notification (
    id          BIGINT       NOT NULL PRIMARY KEY,
    org_id      BIGINT       NOT NULL REFERENCES organisation (id),
    created_at  TIMESTAMP    NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    quarter_key INTEGER      NOT NULL,
    sender      VARCHAR(40)  NOT NULL,
    detail      VARCHAR(500),
    read_at     TIMESTAMP,
    read_by     VARCHAR(40)
);
CREATE INDEX notification_org ON notification (org_id, created_at);

-- One row per reminder (quarter, tier) sent, claimed like a deadline run.
CREATE TABLE reminder_run (
    quarter_key INTEGER     NOT NULL,
    tier        VARCHAR(12) NOT NULL,
    claimed_at  TIMESTAMP   NOT NULL,
    claimed_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (quarter_key, tier)
);

-- A sent report that came back (returned, or a withdrawal approved): the values as they were sent.
CREATE SEQUENCE report_history_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE report_history (
    id            BIGINT        NOT NULL PRIMARY KEY,
    submission_id BIGINT        NOT NULL REFERENCES submission (id),
    sent_at       TIMESTAMP     NOT NULL,
    auto_reported BOOLEAN       NOT NULL,
    returned_at   TIMESTAMP     NOT NULL,
    form_values   ${jsonType}   NOT NULL
);
CREATE INDEX report_history_submission ON report_history (submission_id);

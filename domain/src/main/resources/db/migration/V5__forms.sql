-- Indicator forms (第十五、十六条): catalogue versions, one row per organisation and quarter holding
-- all its values in one column (a flat JSON object, indicator code → value), and a change row per
-- changed value only. At national scale (≈350k forms × ~100 values a quarter) one row per value
-- would cost ten times the space and time (see the issue's measurements). On PostgreSQL the values
-- are jsonb (${jsonType}), so that sums over a quarter read them without parsing text.

CREATE SEQUENCE form_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE form_version (
    id          BIGINT         NOT NULL PRIMARY KEY,
    form_kind   VARCHAR(10)    NOT NULL,
    version_number INTEGER     NOT NULL,
    valid_from  INTEGER        NOT NULL,
    definition  VARCHAR(500000) NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(40)    NOT NULL,
    CONSTRAINT form_version_number UNIQUE (form_kind, version_number)
);

CREATE TABLE form_data (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    quarter         INTEGER       NOT NULL,
    form_kind       VARCHAR(10)   NOT NULL,
    version_number  INTEGER       NOT NULL,
    form_values     ${jsonType}   NOT NULL,
    explanations    VARCHAR(100000) NOT NULL,
    data_status     VARCHAR(20)   NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    updated_by      VARCHAR(40)   NOT NULL,
    version         INTEGER       NOT NULL,
    CONSTRAINT form_data_unit_quarter UNIQUE (organisation_id, quarter)
);
CREATE INDEX form_data_quarter ON form_data (quarter, form_kind);

CREATE TABLE form_value_change (
    id           BIGINT       NOT NULL PRIMARY KEY,
    form_data_id BIGINT       NOT NULL REFERENCES form_data (id),
    indicator    VARCHAR(20)  NOT NULL,
    old_value    VARCHAR(500),
    new_value    VARCHAR(500),
    changed_at   TIMESTAMP    NOT NULL,
    changed_by   VARCHAR(40)  NOT NULL,
    via          VARCHAR(10)  NOT NULL
);
CREATE INDEX form_value_change_form ON form_value_change (form_data_id, indicator);

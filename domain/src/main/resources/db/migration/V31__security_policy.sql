-- The security administrator's policy (lock-out, password length, idle sign-out); no row: the configured defaults.
CREATE TABLE security_policy (
    id                  INTEGER PRIMARY KEY,
    max_failures        INTEGER NOT NULL,
    lock_minutes        INTEGER NOT NULL,
    min_password_length INTEGER NOT NULL,
    idle_minutes        INTEGER NOT NULL,
    changed_by          VARCHAR(40) NOT NULL,
    changed_at          TIMESTAMP   NOT NULL,
    version             INTEGER NOT NULL,
    CONSTRAINT security_policy_one_row CHECK (id = 1)
);

-- The quarterly timer's last look at the registry's share (RegistrySync.runShared), one row written by
-- whichever instance looked: the sync page shows operators when the timer last looked, where, and what it
-- found (a run started, nothing new, nothing shared, a start refused, a source that could not be read).
-- Runs on H2 2.x and PostgreSQL.
CREATE TABLE sync_schedule_check (
    id         INTEGER      NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP,
    node       VARCHAR(100),
    outcome    VARCHAR(20),
    detail     VARCHAR(1000),
    run_id     BIGINT
);
INSERT INTO sync_schedule_check (id, checked_at, node, outcome, detail, run_id) VALUES (1, NULL, NULL, NULL, NULL, NULL);

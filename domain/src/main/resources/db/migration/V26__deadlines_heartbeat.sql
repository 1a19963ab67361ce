-- The last run of what the clock makes due (Deadlines.runDue), one row written by whichever instance
-- ran it: GET /api/health/deadlines and the system administrator's home page read it, so that a timer
-- that stopped firing, or deadlines that keep failing, show as such. Runs on H2 2.x and PostgreSQL.
CREATE TABLE deadlines_heartbeat (
    id     INTEGER      NOT NULL PRIMARY KEY,
    ran_at TIMESTAMP,
    node   VARCHAR(100),
    failed INTEGER      NOT NULL
);
INSERT INTO deadlines_heartbeat (id, ran_at, node, failed) VALUES (1, NULL, NULL, 0);

-- The SHA-256 of a scheduled run's file (SyncRun.fileDigest): the quarterly timer starts a file's
-- content once, whatever it is named and however often the timer fires. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run ADD COLUMN file_digest VARCHAR(64);
CREATE INDEX sync_run_file_digest ON sync_run (file_digest);

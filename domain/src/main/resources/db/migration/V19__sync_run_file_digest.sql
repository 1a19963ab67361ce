-- The SHA-256 of a scheduled run's file (SyncRun.fileDigest): the quarterly timer starts a file's
-- content once, whatever it is named and however often it fires. Unique: every instance of a
-- deployment group fires the timer, and only the first to insert the run claims the file (uploads
-- have none). Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run ADD COLUMN file_digest VARCHAR(64);
CREATE UNIQUE INDEX sync_run_file_digest ON sync_run (file_digest);

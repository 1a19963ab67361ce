-- A run applied in one bulk load records its additions only as their units' ADDED events
-- (SyncRun.bulkLoad): its change rows hold the other kinds of change. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run ADD COLUMN bulk_load BOOLEAN DEFAULT FALSE NOT NULL;

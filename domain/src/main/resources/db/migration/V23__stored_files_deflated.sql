-- A run's file is stored deflated by the server (StoredFile): PostgreSQL's own compression of a
-- national snapshot (30 MB) kept the upload waiting ~0.3-0.45 s on the database, a quick deflate takes
-- ~0.14 s and leaves the database a fifth of the bytes. Files stored before keep false and are read as
-- they are. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run_file ADD COLUMN deflated BOOLEAN DEFAULT FALSE NOT NULL;

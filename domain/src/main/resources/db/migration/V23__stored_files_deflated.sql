-- A run's file is stored deflated by the server (StoredFile): PostgreSQL's own compression of a
-- national snapshot (30 MB) kept the upload waiting 0.44-0.6 s on the database, a quick deflate takes
-- ~0.14 s and leaves the database an eighth of the bytes. Files stored before keep false and are read as
-- they are. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run_file ADD COLUMN deflated BOOLEAN DEFAULT FALSE NOT NULL;

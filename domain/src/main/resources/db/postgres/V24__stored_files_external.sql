-- PostgreSQL only: a deflated file (V23) does not compress again; stored out of line without PostgreSQL
-- trying (EXTERNAL). Files stored before keep their lz4 compression and are read as they were.
ALTER TABLE sync_run_file ALTER COLUMN content SET STORAGE EXTERNAL;

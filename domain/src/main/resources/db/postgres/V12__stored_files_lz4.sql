-- PostgreSQL only (Migrations adds this location on PostgreSQL): an uploaded registry snapshot
-- (~30 MB for the whole country) is stored in the upload's transaction, and the default pglz
-- compression spent ~0.8 s of every national sync on it; lz4 compresses it as well in a tenth of the
-- time. A server built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE sync_run_file ALTER COLUMN content SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available: stored files keep the default compression';
END
$$;

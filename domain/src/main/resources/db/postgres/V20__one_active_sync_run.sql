-- At most one registry-sync run is queued, validating or applying (RunStatus.isActive), across every
-- instance of a deployment group: SyncRuns checks first, but two instances (an upload on one, the
-- timer on another) may check at the same moment; the second insert then waits for the first and
-- fails. PostgreSQL only: H2 has no partial indexes, and runs on one instance.
CREATE UNIQUE INDEX sync_run_one_active ON sync_run ((status IN ('QUEUED', 'VALIDATING', 'APPLYING')))
    WHERE status IN ('QUEUED', 'VALIDATING', 'APPLYING');

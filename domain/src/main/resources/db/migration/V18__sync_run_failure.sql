-- Why a run failed, in the operator's language (a message key and its arguments, as sync_run_error):
-- cleared when the run is resumed. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run ADD COLUMN failure_key VARCHAR(60);
ALTER TABLE sync_run ADD COLUMN failure_args VARCHAR(1000);

-- An operator's stop of a run another instance of the group executes: recorded here, and carried out
-- by that instance (a job execution can be stopped only where it runs). Cleared when the run is
-- resumed. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run ADD COLUMN stop_requested_at TIMESTAMP;

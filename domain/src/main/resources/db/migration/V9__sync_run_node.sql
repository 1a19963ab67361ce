-- Which instance of the deployment group executes a registry sync run, and when it last showed it
-- was alive: an instance starting up marks abandoned only its own runs and those whose heartbeat is
-- stale, never a run another live instance is applying. Rows from before stay NULL (abandoned as
-- before). Runs on H2 2.x and PostgreSQL.

ALTER TABLE sync_run ADD COLUMN node_name VARCHAR(64);
ALTER TABLE sync_run ADD COLUMN heartbeat_at TIMESTAMP;

-- The apply step of the registry sync works on ranges of changes in SQL: a change keeps the file's
-- row in columns, and the run records up to which sequence number its changes are applied
-- (one row updated per range instead of a flag per change).

ALTER TABLE sync_run ADD COLUMN applied_through INTEGER DEFAULT -1 NOT NULL;

ALTER TABLE sync_run_change DROP COLUMN applied;
ALTER TABLE sync_run_change DROP COLUMN row_data;
ALTER TABLE sync_run_change ADD COLUMN name VARCHAR(200);
ALTER TABLE sync_run_change ADD COLUMN kind VARCHAR(20);
ALTER TABLE sync_run_change ADD COLUMN school_category VARCHAR(30);
ALTER TABLE sync_run_change ADD COLUMN division_code VARCHAR(6);
ALTER TABLE sync_run_change ADD COLUMN parent_code VARCHAR(10);
ALTER TABLE sync_run_change ADD COLUMN status VARCHAR(10);
ALTER TABLE sync_run_change ADD COLUMN successor_code VARCHAR(10);
ALTER TABLE sync_run_change ADD COLUMN effective DATE;

-- The apply statements look a unit's change up by its code.
CREATE INDEX sync_run_change_code ON sync_run_change (run_id, code);

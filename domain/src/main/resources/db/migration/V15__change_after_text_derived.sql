-- A change's 'after' text (name · parent · status) is derived from the row it keeps in columns
-- (SyncRunChange.getAfterText) instead of stored beside it: a sixth of a national change set's bytes,
-- written and read for nothing. Runs on H2 2.x and PostgreSQL.
ALTER TABLE sync_run_change DROP COLUMN after_text;

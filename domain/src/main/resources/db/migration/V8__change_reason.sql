-- A change of the registry sync that no row of the file states says why: an active school, teaching
-- point or HEI the full snapshot no longer lists is closed (reason OMITTED, registry-format.md).

ALTER TABLE sync_run_change ADD COLUMN reason VARCHAR(16);

-- A run's file is read against the last snapshot applied (SnapshotDelta): which run's, and how many of
-- its rows were parsed and compared with the tree (null: read in full). And the open proposals of a
-- unit are looked up by unit when a run files new ones (one per unit and target).
ALTER TABLE sync_run ADD COLUMN read_against BIGINT;
ALTER TABLE sync_run ADD COLUMN compared_rows INTEGER;
CREATE INDEX affiliation_proposal_unit ON affiliation_proposal (organisation_id, status);

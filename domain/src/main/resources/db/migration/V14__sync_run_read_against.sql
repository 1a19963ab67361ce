-- A run's file is read against the last snapshot applied (SnapshotDelta): which run's, and how many of
-- its rows were parsed and compared with the tree (null: read in full). The last applied is the one
-- that completed last, in the order the database numbers completions (not by any clock: a training
-- clock can be set back, and ids are drawn in blocks per instance). And the open proposals of a unit
-- are looked up by unit when a run files new ones (one per unit and target).
CREATE SEQUENCE sync_completed_seq START WITH 1 INCREMENT BY 1;
ALTER TABLE sync_run ADD COLUMN read_against BIGINT;
ALTER TABLE sync_run ADD COLUMN compared_rows INTEGER;
ALTER TABLE sync_run ADD COLUMN completed_order BIGINT;
-- The version of the checks a run's file passed (SnapshotDelta.RULES): a file checked under other
-- rules is not trusted line by line.
ALTER TABLE sync_run ADD COLUMN checked_under VARCHAR(20);
CREATE INDEX affiliation_proposal_unit ON affiliation_proposal (organisation_id, status);

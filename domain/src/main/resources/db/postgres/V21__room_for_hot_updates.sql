-- Room on each page of the units and accounts for a new version of a row: a quarter's renames,
-- closures and mergers (and their accounts' enabled flag) change no indexed column, so with room on
-- the page PostgreSQL updates them in place of their indexes (HOT), writing no index entry and no
-- index page image to the WAL. Measured (batch/benchmark-sync, national delta): the rename, closure
-- and merger statements 59-86 ms each without, 19-38 ms with; the first load unchanged within noise.
-- Applies to pages written from now on (a first load writes them all).
ALTER TABLE organisation SET (fillfactor = 90);
ALTER TABLE account SET (fillfactor = 90);

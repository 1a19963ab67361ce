-- The (tier, status) index served only the deadline runs' "active units of a tier" (AutoReport,
-- Reminders), a few statements a quarter: most units report in the county tier, which the planner
-- reads by a scan of the table anyway, and a scan finds the few thousand of another tier in tens of
-- milliseconds. It cost every registry sync: a national first load built it (~0.35 s), and each
-- closure, merger or re-opening changed an entry of it. Runs on H2 2.x and PostgreSQL.
DROP INDEX organisation_tier;

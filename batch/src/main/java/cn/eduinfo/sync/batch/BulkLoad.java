package cn.eduinfo.sync.batch;

import cn.eduinfo.shared.DomainException;
import cn.eduinfo.sync.RunFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's bulk-load practice inside one transaction: the secondary indexes, unique and foreign
 * keys of the tables about to be filled are dropped, and re-created exactly as the catalogue defined
 * them once the rows are in. Built once, an index costs a fraction of its upkeep row by row (seen:
 * 366,000 units with their accounts and events, ~10 s row by row, ~4 s this way). Re-creating the
 * unique keys checks every row, so a load that broke one fails and rolls back with the drops. The
 * foreign keys come back {@code NOT VALID}: enforced on every later write at once, their check of the
 * loaded rows (~0.4–0.7 s of joins, rows the validator has already placed under existing parents) is left to
 * {@link #checkKeys}, after the run's end is committed, under a lock that blocks neither readers nor writers.
 *
 * <p>The tables stay locked (ACCESS EXCLUSIVE) until the transaction ends: meant for a load that
 * fills an empty tree, when nobody else can use it yet. The locks are taken all at once or not at all,
 * tried again for at most {@link #LOCK_WAIT_SECONDS} while another session holds one of the tables (a
 * backup's pg_dump, a long report); then the load fails, having changed nothing. It never waits in
 * the lock queue: a waiting ACCESS EXCLUSIVE request queues every later reader of the table behind
 * it, which would stall every screen of the system for as long as that other session lasts.
 */
final class BulkLoad {

    /** The tree's tables, which a first load fills. */
    static final String[] TREE = {"organisation", "account", "org_event"};
    private static final int LOCK_WAIT_SECONDS = 5;
    private static final long RETRY_MILLIS = 50;
    /** PostgreSQL's lock_not_available, as LOCK … NOWAIT reports a table held by another session. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    /** Statements that re-create what was dropped, in order: indexes, unique keys, then foreign keys. */
    private final List<String> restore = new ArrayList<>();

    private BulkLoad(Connection connection) {
        this.connection = connection;
    }

    /** Drops the tables' secondary indexes and keys (not their primary keys, which others reference). */
    static BulkLoad suspend(Connection connection, String... tables) throws SQLException {
        BulkLoad load = new BulkLoad(connection);
        List<String> drops = new ArrayList<>();
        // Plain indexes: those that back no constraint.
        load.read("SELECT 'DROP INDEX ' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE i.indrelid = ANY (?::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                + " ORDER BY c.relname", tables, drops);
        // Unique keys, then foreign keys: re-created in this order, dropped in the reverse one.
        load.read("SELECT 'ALTER TABLE ' || k.conrelid::regclass || ' DROP CONSTRAINT ' || quote_ident(k.conname),"
                + " 'ALTER TABLE ' || k.conrelid::regclass || ' ADD CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)"
                + " || CASE WHEN k.contype = 'f' AND k.convalidated THEN ' NOT VALID' ELSE '' END"
                + " FROM pg_constraint k WHERE k.conrelid = ANY (?::regclass[]) AND k.contype IN ('u', 'f')"
                + " ORDER BY k.contype DESC, k.conname", tables, drops);
        try (Statement statement = connection.createStatement()) {
            lock(statement, tables);
            for (int i = drops.size() - 1; i >= 0; i--) {
                statement.execute(drops.get(i));
            }
        }
        return load;
    }

    /**
     * Locks every table, or none (the savepoint releases what a refused LOCK took), and tries again
     * while one is held; then gives up, saying why on the run's page (RunFailure.TABLES_BUSY).
     */
    private static void lock(Statement statement, String[] tables) throws SQLException {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOCK_WAIT_SECONDS);
        while (true) {
            statement.execute("SAVEPOINT bulk_load_lock");
            try {
                statement.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE NOWAIT");
                statement.execute("RELEASE SAVEPOINT bulk_load_lock");
                return;
            } catch (SQLException held) {
                if (!LOCK_NOT_AVAILABLE.equals(held.getSQLState())) {
                    throw held;
                }
                if (System.nanoTime() - giveUpAt > 0) {
                    throw new DomainException(RunFailure.TABLES_BUSY, LOCK_WAIT_SECONDS);
                }
                statement.execute("ROLLBACK TO SAVEPOINT bulk_load_lock");
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the tree's tables", e);
            }
        }
    }

    private void read(String query, String[] tables, List<String> drops) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setArray(1, connection.createArrayOf("text", tables));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    drops.add(r.getString(1));
                    restore.add(r.getString(2));
                }
            }
        }
    }

    /** Re-creates what {@link #suspend} dropped; fails if the rows now break a unique key. */
    void restore() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String create : restore) {
                statement.execute(create);
            }
        }
    }

    /**
     * Checks the rows of every foreign key of the tables that a bulk load left unchecked ({@code NOT
     * VALID}), and marks it valid; says how many. A key whose rows fail stays unchecked (and enforced
     * on new rows) and the failure is thrown: that would be a defect of the load, for the server log.
     */
    static int checkKeys(Connection connection, String... tables) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT 'ALTER TABLE ' || k.conrelid::regclass"
                + " || ' VALIDATE CONSTRAINT ' || quote_ident(k.conname) FROM pg_constraint k"
                + " WHERE k.conrelid = ANY (?::regclass[]) AND k.contype = 'f' AND NOT k.convalidated ORDER BY k.conname")) {
            select.setArray(1, connection.createArrayOf("text", tables));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    checks.add(r.getString(1));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String check : checks) {
                statement.execute(check);
            }
        }
        return checks.size();
    }
}

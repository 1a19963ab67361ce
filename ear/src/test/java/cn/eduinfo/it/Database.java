package cn.eduinfo.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Direct reads of the ITs' PostgreSQL, for what no user can see: the exact content of whole tables. */
public final class Database {

    private Database() {
    }

    /** An MD5 over every row of the tables the tree, accounts and their history live in. */
    public static String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : new String[]{"organisation", "account", "account_holder", "org_event", "affiliation_proposal"}) {
            all.append(table).append('=').append(single("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM " + table + " t")).append(';');
        }
        return all.toString();
    }

    /**
     * Another session, such as a backup's pg_dump or another instance of the group, holding what
     * {@code lock} takes (or writes) until it commits or is closed.
     */
    public static Session holding(String lock) {
        try {
            Connection c = connect();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(lock);
            }
            return new Session() {
                @Override
                public void commit() {
                    try {
                        c.commit();
                    } catch (SQLException e) {
                        throw new IllegalStateException("committing " + lock, e);
                    }
                }

                @Override
                public void close() {
                    try (c) {
                        c.rollback();
                    } catch (SQLException e) {
                        throw new IllegalStateException("ending the session holding " + lock, e);
                    }
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(lock, e);
        }
    }

    /** A session of {@link #holding}: closing it rolls back what it has not committed, and ends its locks. */
    public interface Session extends AutoCloseable {
        void commit();

        @Override
        void close();
    }

    /** One statement, committed. */
    public static void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(String sql) {
        return Long.parseLong(single(sql));
    }

    /** The single value of a query, as text. */
    public static String text(String sql) {
        return single(sql);
    }

    /**
     * The single value of a query once it reads {@code expected}, for work the server does after a commit
     * the test has seen; its last reading if it does not within {@code within}.
     */
    public static String textOnceItReads(String sql, String expected, Duration within) {
        return Eventually.value(within, Duration.ofMillis(100), () -> single(sql), expected::equals);
    }

    /** Every row of a query, each as its columns' text (null for NULL). */
    public static List<List<String>> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (r.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getString(i + 1);
                }
                rows.add(Arrays.asList(row));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String single(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return connect(System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/test"));
    }

    /** A connection to another database of the ITs' PostgreSQL, as the ITs' user. */
    static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", System.getProperty("it.db.user", "postgres"));
        String password = System.getProperty("it.db.password", "");
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }
}

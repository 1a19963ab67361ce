package cn.eduinfo.sync.batch;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.OrgSnapshot;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.SyncRunChange;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The validate step's bulk reads and writes in plain JDBC on the transaction's connection: the
 * whole tree and a whole change set are hundreds of thousands of rows, which JPA would turn into
 * as many managed entities and single-row statements.
 */
final class ChangeRows {

    /** Rows per INSERT statement: a few thousand bind values, well under any driver's limit. */
    private static final int ROWS_PER_STATEMENT = 200;
    private static final String COLUMNS = "(id, run_id, seq, change_type, code, before_text, after_text, proposer,"
            + " name, kind, school_category, division_code, parent_code, status, successor_code, effective, reason)";
    private static final int BINDS = 16;

    private ChangeRows() {
    }

    /** Every unit of the system as the validator and the change set see it, by code. */
    static Map<String, OrgSnapshot> currentTree(Connection connection) throws SQLException {
        Map<String, OrgSnapshot> tree = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT o.code, o.name, o.kind, o.school_category, o.division_code, p.code, o.status, s.code FROM organisation o"
                        + " LEFT JOIN organisation p ON p.id = o.parent_id LEFT JOIN organisation s ON s.id = o.successor_id")) {
            query.setFetchSize(5000);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String category = r.getString(4);
                    tree.put(r.getString(1), new OrgSnapshot(r.getString(1), r.getString(2), OrgKind.valueOf(r.getString(3)),
                            category == null ? null : SchoolCategory.valueOf(category), r.getString(5), r.getString(6),
                            OrgStatus.valueOf(r.getString(7)), r.getString(8)));
                }
            }
        }
        return tree;
    }

    /** Stores the change set, numbered in its order (the order the apply step follows); says how. */
    static String insert(Connection connection, long runId, List<Change> changes) throws SQLException {
        SqlDialect dialect = SqlDialect.of(connection);
        PGConnection postgres = dialect == SqlDialect.POSTGRES ? postgres(connection) : null;
        if (postgres != null) {
            copy(connection, postgres, runId, changes);
            return "COPY";
        }
        for (int from = 0; from < changes.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(changes.size(), from + ROWS_PER_STATEMENT);
            try (PreparedStatement insert = connection.prepareStatement(statement(dialect, to - from))) {
                for (int seq = from; seq < to; seq++) {
                    bind(insert, (seq - from) * BINDS, new SyncRunChange(runId, seq, changes.get(seq)));
                }
                insert.executeUpdate();
            }
        }
        return "INSERT";
    }

    /** PostgreSQL's COPY: a whole change set in one stream, ids drawn from the sequence as INSERT would. */
    /** The driver's own connection under the pool's and the persistence provider's wrappers, if they let it through. */
    private static PGConnection postgres(Connection connection) {
        try {
            return connection.unwrap(PGConnection.class);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    private static void copy(Connection connection, PGConnection postgres, long runId, List<Change> changes) throws SQLException {
        long[] ids = ids(connection, changes.size());
        StringBuilder text = new StringBuilder(changes.size() * 160);
        for (int seq = 0; seq < changes.size(); seq++) {
            text.append(ids[seq]);
            for (Object value : values(new SyncRunChange(runId, seq, changes.get(seq)))) {
                text.append('\t').append(copyField(value));
            }
            text.append('\n');
        }
        try {
            postgres.getCopyAPI()
                    .copyIn("COPY sync_run_change " + COLUMNS + " FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static long[] ids(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('sync_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet r = next.executeQuery()) {
                for (int i = 0; r.next(); i++) {
                    ids[i] = r.getLong(1);
                }
            }
        }
        return ids;
    }

    /** COPY's text format: \N for null, backslash escapes for the few characters that would break a line. */
    private static String copyField(Object value) {
        if (value == null) {
            return "\\N";
        }
        String s = value.toString();
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String statement(SqlDialect dialect, int rows) {
        String values = "(" + dialect.nextId("sync_seq") + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO sync_run_change " + COLUMNS + " VALUES " + String.join(", ", Collections.nCopies(rows, values));
    }

    private static Object[] values(SyncRunChange c) {
        RegistryRow row = c.row();
        return new Object[]{c.getRunId(), c.getSeq(), c.getType().name(), c.getCode(), c.getBeforeText(), c.getAfterText(),
                c.getProposer(), row.name(), row.kind().name(), row.category() == null ? null : row.category().name(),
                row.division(), row.parent(), row.status().name(), row.successor(), Date.valueOf(row.effective()),
                c.getReason() == null ? null : c.getReason().name()};
    }

    private static void bind(PreparedStatement insert, int offset, SyncRunChange c) throws SQLException {
        Object[] values = values(c);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                insert.setNull(offset + i + 1, Types.VARCHAR);
            } else {
                insert.setObject(offset + i + 1, values[i]);
            }
        }
    }
}

package cn.eduinfo.sync.batch;

import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.SyncRunChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The validate step's bulk writes in plain JDBC on the transaction's connection: a whole change set
 * is hundreds of thousands of rows, which JPA would turn into as many managed entities and
 * single-row statements.
 */
final class ChangeRows {

    /** Rows per INSERT statement: a few thousand bind values, well under any driver's limit. */
    private static final int ROWS_PER_STATEMENT = 200;
    /** COPY text handed to the driver at a time: the whole change set of a national run would be ~100 MB at once. */
    private static final int COPY_CHUNK = 1 << 20;
    private static final String COLUMNS = "(run_id, seq, change_type, code, before_text, after_text, proposer, name, kind,"
            + " school_category, division_code, parent_code, status, successor_code, effective, reason,"
            + " org_id, parent_id, path, depth, tier, moe_affiliated)";
    private static final int BINDS = 22;

    private ChangeRows() {
    }

    /** Fresh ids from one of the sequences JPA allocates from (each value a whole block of 50, so neither side collides). */
    static long[] ids(Connection connection, String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next = connection.prepareStatement(SqlDialect.of(connection).nextIds(sequence))) {
            next.setInt(1, count);
            try (ResultSet r = next.executeQuery()) {
                for (int i = 0; r.next(); i++) {
                    ids[i] = r.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Stores the change set, numbered in its order (the order the apply step follows); says how. */
    static String insert(Connection connection, long runId, List<PlacedChange> changes) throws SQLException {
        SqlDialect dialect = SqlDialect.of(connection);
        PGConnection postgres = dialect == SqlDialect.POSTGRES ? postgres(connection) : null;
        if (postgres != null) {
            copy(postgres, runId, changes);
            return "COPY";
        }
        for (int from = 0; from < changes.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(changes.size(), from + ROWS_PER_STATEMENT);
            try (PreparedStatement insert = connection.prepareStatement(statement(to - from))) {
                for (int seq = from; seq < to; seq++) {
                    bind(insert, (seq - from) * BINDS, values(runId, seq, changes.get(seq)));
                }
                insert.executeUpdate();
            }
        }
        return "INSERT";
    }

    /** The driver's own connection under the pool's and the persistence provider's wrappers, if they let it through. */
    private static PGConnection postgres(Connection connection) {
        try {
            return connection.unwrap(PGConnection.class);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** PostgreSQL's COPY: a whole change set in one stream, written a chunk at a time. */
    private static void copy(PGConnection postgres, long runId, List<PlacedChange> changes) throws SQLException {
        CopyIn copy = postgres.getCopyAPI().copyIn("COPY sync_run_change " + COLUMNS + " FROM STDIN");
        try {
            StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
            for (int seq = 0; seq < changes.size(); seq++) {
                Object[] values = values(runId, seq, changes.get(seq));
                for (int i = 0; i < values.length; i++) {
                    text.append(i == 0 ? "" : "\t").append(copyField(values[i]));
                }
                text.append('\n');
                if (text.length() >= COPY_CHUNK || seq == changes.size() - 1) {
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    text.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
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

    private static String statement(int rows) {
        String values = "(" + String.join(", ", Collections.nCopies(BINDS, "?")) + ")";
        return "INSERT INTO sync_run_change " + COLUMNS + " VALUES " + String.join(", ", Collections.nCopies(rows, values));
    }

    private static Object[] values(long runId, int seq, PlacedChange placed) {
        SyncRunChange c = new SyncRunChange(runId, seq, placed.change());
        RegistryRow row = c.row();
        boolean added = placed.placement() != null;
        return new Object[]{runId, seq, c.getType().name(), c.getCode(), c.getBeforeText(), c.getAfterText(),
                c.getProposer(), row.name(), row.kind().name(), row.category() == null ? null : row.category().name(),
                row.division(), row.parent(), row.status().name(), row.successor(), Date.valueOf(row.effective()),
                c.getReason() == null ? null : c.getReason().name(), placed.orgId(), placed.parentId(),
                added ? placed.placement().path() : null, added ? placed.placement().depth() : null,
                added ? placed.placement().tier().name() : null, added ? placed.moeUniversity() : null};
    }

    private static void bind(PreparedStatement insert, int offset, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                insert.setNull(offset + i + 1, Types.VARCHAR);
            } else {
                insert.setObject(offset + i + 1, values[i]);
            }
        }
    }
}

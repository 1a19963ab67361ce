package cn.eduinfo.sync.batch;

import cn.eduinfo.org.Placement;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.SyncRunChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.postgresql.PGConnection;

/**
 * The validate step's bulk writes in plain JDBC on the transaction's connection: a whole change set
 * is hundreds of thousands of rows, which JPA would turn into as many managed entities and
 * single-row statements.
 */
final class ChangeRows {

    /** Rows per INSERT statement: a few thousand bind values, well under any driver's limit. */
    private static final int ROWS_PER_STATEMENT = 200;
    private static final String COLUMNS = "(run_id, seq, change_type, code, before_text, proposer, name, kind,"
            + " school_category, division_code, parent_code, status, successor_code, effective, reason,"
            + " org_id, parent_id, path, depth, tier, moe_affiliated)";
    private static final int BINDS = 21;

    private ChangeRows() {
    }

    /** The block of ids each value of a JPA sequence stands for: the value and the ones below it (see V1). */
    private static final int BLOCK = 50;

    /**
     * Fresh ids from one of the sequences JPA allocates from: each value drawn is a whole block, used
     * here as JPA would use it, so neither side collides and a national run draws 7,000 values, not 366,000.
     */
    static long[] ids(Connection connection, String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next = connection.prepareStatement(SqlDialect.of(connection).nextIds(sequence))) {
            next.setInt(1, (count + BLOCK - 1) / BLOCK);
            try (ResultSet r = next.executeQuery()) {
                for (int i = 0; r.next(); ) {
                    long last = r.getLong(1);
                    for (long id = last - BLOCK + 1; id <= last && i < count; id++) {
                        ids[i++] = id;
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Stores changes of the change set, numbered in its order (the order the apply step follows) from
     * {@code firstSeq}; says how.
     */
    static String insert(Connection connection, ThreadFactory threads, long runId, List<PlacedChange> changes, int firstSeq)
            throws SQLException {
        Optional<PGConnection> postgres = SqlDialect.copyConnection(connection);
        if (postgres.isPresent()) {
            copy(postgres.get(), threads, runId, changes, firstSeq);
            return "COPY";
        }
        for (int from = 0; from < changes.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(changes.size(), from + ROWS_PER_STATEMENT);
            try (PreparedStatement insert = connection.prepareStatement(statement(to - from))) {
                for (int i = from; i < to; i++) {
                    bind(insert, (i - from) * BINDS, values(runId, firstSeq + i, changes.get(i)));
                }
                insert.executeUpdate();
            }
        }
        return "INSERT";
    }

    /** PostgreSQL's COPY: a whole change set in one stream, written a chunk at a time. */
    private static void copy(PGConnection postgres, ThreadFactory threads, long runId, List<PlacedChange> changes, int firstSeq)
            throws SQLException {
        CopyBinary.into(postgres, threads, "sync_run_change " + COLUMNS, rows -> {
            for (int i = 0; i < changes.size(); i++) {
                rows.row(values(runId, firstSeq + i, changes.get(i)));
            }
        });
    }

    private static String statement(int rows) {
        String values = "(" + String.join(", ", Collections.nCopies(BINDS, "?")) + ")";
        return "INSERT INTO sync_run_change " + COLUMNS + " VALUES " + String.join(", ", Collections.nCopies(rows, values));
    }

    /** Each value typed as its column (CopyBinary). */
    private static Object[] values(long runId, int seq, PlacedChange placed) {
        SyncRunChange c = new SyncRunChange(runId, seq, placed.change());
        RegistryRow row = c.row();
        Placement placement = placed.placement(); // null but for an addition
        return new Object[]{runId, seq, c.getType().name(), c.getCode(), c.getBeforeText(),
                c.getProposer(), row.name(), row.kind().name(), row.category() == null ? null : row.category().name(),
                row.division(), row.parent(), row.status().name(), row.successor(), row.effective(),
                c.getReason() == null ? null : c.getReason().name(), placed.orgId(), placed.parentId(),
                placement == null ? null : placement.path(), placement == null ? null : placement.depth(),
                placement == null ? null : placement.tier().name(), placement == null ? null : placed.moeUniversity()};
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

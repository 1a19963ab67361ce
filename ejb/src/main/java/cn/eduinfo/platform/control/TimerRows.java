package cn.eduinfo.platform.control;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The rows of Payara's persistent timer table, kept across the wiping of a test database's schema.
 * The timer service stores a deployment's automatic timers before the application starts: wiped, they
 * are still scheduled in memory but an undeploy finds none to cancel, and after the next deploy (the
 * same container id) they fire into a container that no longer knows them ("inv.method is null").
 */
public final class TimerRows {

    private static final String TABLE = "EJB__TIMER__TBL";

    private final List<String> columns;
    private final List<Integer> types;
    private final List<Object[]> rows;

    private TimerRows(List<String> columns, List<Integer> types, List<Object[]> rows) {
        this.columns = columns;
        this.types = types;
        this.rows = rows;
    }

    /** The table's rows, or none where the timer service has not created it yet. */
    public static TimerRows read(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet t = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), TABLE, null)) {
                if (!t.next()) {
                    return new TimerRows(List.of(), List.of(), List.of());
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + TABLE + "\"")) {
                ResultSetMetaData meta = r.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Integer> types = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                    types.add(meta.getColumnType(i));
                }
                List<Object[]> rows = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        Object value = r.getObject(i + 1);
                        // A Blob is only readable while its connection is open.
                        row[i] = value instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : value;
                    }
                    rows.add(row);
                }
                return new TimerRows(columns, types, rows);
            }
        }
    }

    public int size() {
        return rows.size();
    }

    /** Puts the rows back into the table the migrations created anew. */
    public void restore(DataSource dataSource) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String names = "\"" + String.join("\", \"", columns) + "\"";
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO \"" + TABLE + "\" (" + names + ") VALUES (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, types.get(i));
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}

package cn.eduinfo.sync.batch;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Placement;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.org.Tier;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.OrgSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The system's tree as the validate step needs it, read in one pass of plain JDBC: every unit as the
 * validator and the change set see it, every unit's id, and the place of every authority (the only
 * units that can be parents), from which new units are placed.
 */
record CurrentTree(Map<String, OrgSnapshot> units, Map<String, Long> ids, Map<String, Placement> authorities) {

    private static final String UNITS = "SELECT id, code, name, kind, school_category, division_code, parent_id, status, successor_id FROM organisation";
    private static final String AUTHORITY = "kind IN (" + String.join(", ", Arrays.stream(OrgKind.values())
            .filter(OrgKind::isAuthority).map(k -> "'" + k + "'").toList()) + ")";

    /**
     * Codes per statement when only some units are read: under any driver's limit of bind values, and
     * few enough that PostgreSQL looks them up by the code's index (a bitmap scan, ~5 ms a thousand in
     * a national tree) where the ~7,500 codes of a quarter's delta in one array were planned as a
     * parallel scan of the whole table (120–220 ms, on both cores).
     */
    private static final int CODES_PER_STATEMENT = 1000;

    /** The whole tree. */
    static CurrentTree read(Connection connection) throws SQLException {
        return read(connection, null);
    }

    /**
     * Every authority and, of the other units, those of these codes (all when null): what the checks
     * and the change set of a snapshot read against the last one applied need (SnapshotDelta.Read.units).
     */
    static CurrentTree read(Connection connection, Set<String> onlyUnits) throws SQLException {
        int size = onlyUnits == null ? count(connection) : onlyUnits.size() + 4096;
        CurrentTree tree = new CurrentTree(new HashMap<>(size * 4 / 3 + 16), new HashMap<>(size * 4 / 3 + 16), new HashMap<>());
        // Parents are authorities, read first (a few thousand); parent and successor codes are resolved
        // here rather than by two self-joins, which cost PostgreSQL more than the whole read.
        Map<Long, String> authorityCodes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, code, path, depth, tier FROM organisation WHERE " + AUTHORITY);
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                authorityCodes.put(r.getLong(1), r.getString(2));
                tree.authorities().put(r.getString(2), new Placement(r.getString(3), r.getInt(4), Tier.valueOf(r.getString(5))));
            }
        }
        Map<String, Long> successorIds = new HashMap<>();
        if (onlyUnits == null) {
            tree.readUnits(connection, UNITS, List.of(), authorityCodes, successorIds);
        } else {
            tree.readUnits(connection, UNITS + " WHERE " + AUTHORITY, List.of(), authorityCodes, successorIds);
            String others = UNITS + " WHERE NOT (" + AUTHORITY + ") AND code ";
            boolean postgres = SqlDialect.of(connection) == SqlDialect.POSTGRES;
            // In code order: each statement then reads one stretch of the code's index, not leaves all over it.
            for (List<String> chunk : chunks(onlyUnits.stream().sorted().toList())) {
                if (postgres) {
                    tree.readUnits(connection, others + "= ANY (?)", Collections.singletonList(chunk.toArray(String[]::new)), authorityCodes, successorIds);
                } else {
                    tree.readUnits(connection, others + "IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                            List.copyOf(chunk), authorityCodes, successorIds);
                }
            }
        }
        if (!successorIds.isEmpty()) {
            Map<Long, String> codes = successorCodes(connection, tree.ids(), successorIds, onlyUnits == null);
            successorIds.forEach((code, successor) -> tree.units().computeIfPresent(code, (c, u) -> new OrgSnapshot(u.code(), u.name(),
                    u.kind(), u.category(), u.division(), u.parent(), u.status(), codes.get(successor))));
        }
        return tree;
    }

    private static List<List<String>> chunks(List<String> all) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CODES_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CODES_PER_STATEMENT)));
        }
        return chunks;
    }

    /** Reads the units the query selects; its parameters are codes, or one array of them (String[]). */
    private void readUnits(Connection connection, String sql, List<?> parameters, Map<Long, String> authorityCodes,
                           Map<String, Long> successorIds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof String[] codes) {
                    query.setArray(i + 1, connection.createArrayOf("varchar", codes));
                } else {
                    query.setString(i + 1, (String) parameters.get(i));
                }
            }
            query.setFetchSize(10_000);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String code = r.getString(2);
                    OrgKind kind = OrgKind.valueOf(r.getString(4));
                    String category = r.getString(5);
                    long successor = r.getLong(9);
                    if (successor != 0) {
                        successorIds.put(code, successor);
                    }
                    units.put(code, new OrgSnapshot(code, r.getString(3), kind, category == null ? null : SchoolCategory.valueOf(category),
                            r.getString(6), authorityCodes.get(r.getLong(7)), OrgStatus.valueOf(r.getString(8)), null));
                    ids.put(code, id);
                }
            }
        }
    }

    /** The codes of the successors: from the units read when that is all of them, else looked up. */
    private static Map<Long, String> successorCodes(Connection connection, Map<String, Long> ids, Map<String, Long> successorIds,
                                                    boolean whole) throws SQLException {
        Map<Long, String> codes = new HashMap<>(ids.size() * 4 / 3 + 16);
        ids.forEach((code, id) -> codes.put(id, code));
        if (whole) {
            return codes;
        }
        List<Long> missing = successorIds.values().stream().filter(id -> !codes.containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += CODES_PER_STATEMENT) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + CODES_PER_STATEMENT));
            try (PreparedStatement query = connection.prepareStatement("SELECT id, code FROM organisation WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        codes.put(r.getLong(1), r.getString(2));
                    }
                }
            }
        }
        return codes;
    }

    private static int count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM organisation");
             ResultSet r = query.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}

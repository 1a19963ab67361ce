package cn.eduinfo.sync.batch;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Placement;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.org.Tier;
import cn.eduinfo.sync.OrgSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The system's tree as the validate step needs it, read in one pass of plain JDBC: every unit as the
 * validator and the change set see it, every unit's id, and the place of every authority (the only
 * units that can be parents), from which new units are placed.
 */
record CurrentTree(Map<String, OrgSnapshot> units, Map<String, Long> ids, Map<String, Placement> authorities) {

    static CurrentTree read(Connection connection) throws SQLException {
        int size = count(connection);
        Map<String, OrgSnapshot> units = new HashMap<>(size * 4 / 3 + 16);
        Map<String, Long> ids = new HashMap<>(size * 4 / 3 + 16);
        Map<String, Placement> authorities = new HashMap<>();
        // Parents are authorities, read first (a few thousand); parent and successor codes are resolved
        // here rather than by two self-joins, which cost PostgreSQL more than the whole read.
        Map<Long, String> authorityCodes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, code, path, depth, tier FROM organisation"
                + " WHERE kind IN (" + String.join(", ", Arrays.stream(OrgKind.values()).filter(OrgKind::isAuthority)
                .map(k -> "'" + k + "'").toList()) + ")");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                authorityCodes.put(r.getLong(1), r.getString(2));
                authorities.put(r.getString(2), new Placement(r.getString(3), r.getInt(4), Tier.valueOf(r.getString(5))));
            }
        }
        Map<String, Long> successorIds = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, code, name, kind, school_category, division_code,"
                + " parent_id, status, successor_id FROM organisation")) {
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
        if (!successorIds.isEmpty()) {
            Map<Long, String> codes = new HashMap<>(size * 4 / 3 + 16);
            ids.forEach((code, id) -> codes.put(id, code));
            successorIds.forEach((code, successor) -> units.computeIfPresent(code, (c, u) -> new OrgSnapshot(u.code(), u.name(),
                    u.kind(), u.category(), u.division(), u.parent(), u.status(), codes.get(successor))));
        }
        return new CurrentTree(units, ids, authorities);
    }

    private static int count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM organisation");
             ResultSet r = query.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}

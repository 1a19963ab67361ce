package cn.eduinfo.sync.batch;

import cn.eduinfo.account.AccountRules;
import cn.eduinfo.account.Role;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.shared.Node;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.SyncRun;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Applies a range of a run's change set with a few set-based statements per kind of change, inside
 * the caller's (the chunk's) transaction, and records the range as applied in the same transaction:
 * a range rolled back is applied again from its start, a committed one never again.
 *
 * <p>The validate step has already checked every rule against the tree, so these statements only
 * carry out what the change set says: the same rows, columns and texts as the domain's own
 * factories and transitions ({@code Organisation}, {@code AccountRules}, {@code OrgEvent.describe}),
 * whose rules the SQL below is generated from where it can be; new units come placed by the domain's
 * own rule ({@code Placement}, in {@link PlacedChange}).
 */
@Dependent
public class RangeApplier {

    private static final Logger LOG = Logger.getLogger(RangeApplier.class.getName());

    /** What each kind of change sets on the unit: column → expression over its change row c. */
    private static final Map<ChangeType, Map<String, String>> UPDATES = new EnumMap<>(Map.of(
            ChangeType.REOPEN, Map.of("status", "'ACTIVE'", "status_date", "c.effective"),
            ChangeType.CHANGE, Map.of("name", "c.name", "division_code", "c.division_code"),
            ChangeType.CLOSE, Map.of("status", "'CLOSED'", "status_date", "c.effective"),
            ChangeType.MERGE, Map.of("status", "'MERGED'", "status_date", "c.effective",
                    "successor_id", "(SELECT s.id FROM organisation s WHERE s.code = c.successor_code)")));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HeldChangeSets heldChangeSets;

    /** Sends a bulk load's COPY chunks while the next is encoded (CopyBinary). */
    @Resource
    ManagedThreadFactory threads;

    private SqlDialect dialect;

    /**
     * Applies the range; a bulk load (the whole change set, PostgreSQL) writes its additions by COPY
     * from the change set held in memory, with the tree's secondary indexes and keys built afresh after them.
     */
    public void apply(long runId, int fromSeq, int toSeq, boolean bulk) throws SQLException {
        dialect = SqlDialect.of(em);
        Stopwatch time = new Stopwatch();
        SyncRun run = em.find(SyncRun.class, runId);
        Timestamp now = Timestamp.from(clock.instant());
        String by = "registry-sync#" + runId;
        Set<ChangeType> types = typesIn(run, fromSeq, toSeq);
        if (bulk) {
            Connection connection = em.unwrap(Connection.class);
            List<PlacedChange> changes = heldChangeSets.take(runId)
                    .orElseThrow(() -> new IllegalStateException("registry sync run " + runId + ": no change set held for its bulk load"));
            BulkLoad load = BulkLoad.suspend(connection, BulkLoad.TREE);
            AddedRows.copy(connection, SqlDialect.copyConnection(connection).orElseThrow(), threads, runId, changes, now, by, time);
            load.restore(); // before the other kinds of change, which look units up by their keys
            time.lap("indexes and unique keys built, foreign keys restored unchecked");
        } else if (types.contains(ChangeType.ADD)) {
            addUnits(runId, fromSeq, toSeq);
            time.lap("added");
            addAccounts(runId, fromSeq, toSeq, now);
            time.lap("their accounts");
            addedEvents(runId, fromSeq, toSeq, now, by);
            time.lap("their events");
        }
        UPDATES.forEach((type, assignments) -> {
            if (types.contains(type)) {
                update(runId, fromSeq, toSeq, type, assignments);
                time.lap(type.name().toLowerCase(Locale.ROOT));
            }
        });
        if (types.contains(ChangeType.MOVE_PROPOSED)) {
            propose(runId, fromSeq, toSeq, now);
            time.lap("proposals");
        }
        if (!types.stream().allMatch(t -> t == ChangeType.ADD || t == ChangeType.MOVE_PROPOSED)) {
            changedEvents(runId, fromSeq, toSeq, now, by);
            time.lap("their events");
        }
        run.appliedThrough(toSeq, toSeq - fromSeq + 1);
        run.heartbeat(Node.now()); // same UPDATE, same commit as the range
        LOG.info(() -> "registry sync run " + runId + ": changes " + fromSeq + "–" + toSeq + " applied; " + time);
    }

    /**
     * The kinds of change the range holds: a national run's ranges are all additions, a delta's mostly
     * none. The change set begins with its additions (ChangeSet's order), so only the part of the range
     * past them is asked for its kinds.
     */
    private Set<ChangeType> typesIn(SyncRun run, int fromSeq, int toSeq) {
        Set<ChangeType> set = EnumSet.noneOf(ChangeType.class);
        if (fromSeq < run.getAdded()) {
            set.add(ChangeType.ADD);
        }
        if (toSeq >= run.getAdded()) {
            range(em.createNativeQuery("SELECT DISTINCT c.change_type FROM sync_run_change c WHERE c.run_id = ?1 AND c.seq BETWEEN ?2 AND ?3"),
                    run.getId(), Math.max(fromSeq, run.getAdded()), toSeq)
                    .getResultList().forEach(t -> set.add(ChangeType.valueOf(t.toString())));
        }
        return set;
    }

    /**
     * New units as the validate step placed them (id, parent, path, depth, tier: PlacedChange). H2 checks a foreign key row by row, so there they go in change order (a parent
     * before its units); PostgreSQL checks at the statement's end, and sorting a national range
     * (~100 MB) would spill to disk.
     */
    private void addUnits(long runId, int fromSeq, int toSeq) {
        range(em.createNativeQuery("INSERT INTO organisation (id, code, name, kind, school_category, moe_affiliated, parent_id,"
                + " division_code, path, depth, tier, status, status_date, successor_id, enrolment_suspended, version)"
                + " SELECT c.org_id, c.code, c.name, c.kind, c.school_category, c.moe_affiliated, c.parent_id, c.division_code,"
                + " c.path, c.depth, c.tier, 'ACTIVE', NULL, NULL, FALSE, 1"
                + " FROM sync_run_change c WHERE " + inRange(ChangeType.ADD) + (dialect == SqlDialect.POSTGRES ? "" : " ORDER BY c.seq")),
                runId, fromSeq, toSeq)
                .executeUpdate();
    }

    private void addAccounts(long runId, int fromSeq, int toSeq, Timestamp now) {
        // One statement per role, over the kinds that have it: a join with a table of roles by kind
        // would be evaluated row by row against each role (the planner sees no statistics of a fresh range).
        rolesAndKinds().forEach((role, kinds) -> range(em.createNativeQuery("INSERT INTO account (id, username, role, organisation_id,"
                + " password_hash, must_change_password, failed_attempts, locked_until, enabled, real_name, position, phone, email, created_at, version)"
                + " SELECT " + dialect.nextId("account_seq") + ", c.code || '" + role.usernameFor("") + "', '" + role + "', c.org_id,"
                + " NULL, TRUE, 0, NULL, TRUE, NULL, NULL, NULL, NULL, ?4, 1"
                + " FROM sync_run_change c WHERE " + inRange(ChangeType.ADD) + (kinds.size() == OrgKind.values().length ? ""
                        : kinds.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ", " AND c.kind IN (", ")")))),
                runId, fromSeq, toSeq).setParameter(4, now).executeUpdate());
    }

    /**
     * Sets the columns of the units the range changes this way (UPDATES); retired units' accounts are
     * disabled, re-opened ones' enabled. A closure by omission
     * (reason OMITTED) needs nothing of its own: its stored row carries the snapshot's date.
     */
    private void update(long runId, int fromSeq, int toSeq, ChangeType type, Map<String, String> assignments) {
        StringJoiner set = new StringJoiner(", ", "UPDATE organisation SET ", ", version = version + 1");
        if (dialect == SqlDialect.POSTGRES) {
            // Joined once, by id: a correlated subquery per column would scan the range once per unit.
            assignments.forEach((column, value) -> set.add(column + " = " + value));
            range(em.createNativeQuery(set + " FROM sync_run_change c WHERE " + inRange(type) + " AND organisation.id = c.org_id"),
                    runId, fromSeq, toSeq).executeUpdate();
        } else {
            assignments.forEach((column, value) -> set.add(column + " = (SELECT " + value + " FROM sync_run_change c WHERE "
                    + inRange(type) + " AND c.org_id = organisation.id)"));
            range(em.createNativeQuery(set + " WHERE id IN (SELECT c.org_id FROM sync_run_change c WHERE " + inRange(type) + ")"),
                    runId, fromSeq, toSeq).executeUpdate();
        }
        if (type == ChangeType.CLOSE || type == ChangeType.MERGE || type == ChangeType.REOPEN) {
            String accounts = "UPDATE account SET enabled = " + (type == ChangeType.REOPEN ? "TRUE" : "FALSE") + ", version = version + 1";
            // PostgreSQL: joined in the range's order (a unit's changes of one kind are one row), where the
            // IN form was planned as a hash of the ids, which looked the accounts up in no order at all.
            range(em.createNativeQuery(dialect == SqlDialect.POSTGRES
                    ? accounts + " FROM sync_run_change c WHERE " + inRange(type) + " AND account.organisation_id = c.org_id"
                    : accounts + " WHERE organisation_id IN (SELECT c.org_id FROM sync_run_change c WHERE " + inRange(type) + ")"),
                    runId, fromSeq, toSeq).executeUpdate();
        }
    }

    /** One open proposal per unit and target (第十一条): a snapshot repeating the same parent proposes nothing new. */
    private void propose(long runId, int fromSeq, int toSeq, Timestamp now) {
        range(em.createNativeQuery("INSERT INTO affiliation_proposal (id, organisation_id, from_parent_id, to_parent_id, proposer_id,"
                + " run_id, status, created_at, decided_by, decided_at, version)"
                + " SELECT " + dialect.nextId("event_seq") + ", o.id, o.parent_id, t.id, d.id, c.run_id, 'OPEN', ?4, NULL, NULL, 1"
                + " FROM sync_run_change c JOIN organisation o ON o.id = c.org_id JOIN organisation t ON t.code = c.parent_code"
                + " JOIN organisation d ON d.code = c.proposer"
                + " WHERE " + inRange(ChangeType.MOVE_PROPOSED) + " AND NOT EXISTS (SELECT 1 FROM affiliation_proposal a"
                + " WHERE a.organisation_id = o.id AND a.to_parent_id = t.id AND a.status = 'OPEN')"), runId, fromSeq, toSeq)
                .setParameter(4, now).executeUpdate();
    }

    /**
     * A dated event per applied change (OrgEvent.describe). An addition's 'after' is its change row's
     * (name · parent · status, as added); any other change's is read from the unit as it is now.
     */
    private void addedEvents(long runId, int fromSeq, int toSeq, Timestamp now, String by) {
        range(em.createNativeQuery(insertEvent() + "'" + OrgEvent.Type.ADDED + "', c.effective, ?4, ?5, NULL, "
                + described("c.name", "c.parent_code", "c.status") + ", c.run_id FROM sync_run_change c WHERE " + inRange(ChangeType.ADD)), runId, fromSeq, toSeq)
                .setParameter(4, now).setParameter(5, by).executeUpdate();
    }

    private void changedEvents(long runId, int fromSeq, int toSeq, Timestamp now, String by) {
        StringJoiner eventType = new StringJoiner(" ", "CASE c.change_type ", " END");
        for (ChangeType type : ChangeType.values()) {
            eventType(type).ifPresent(e -> eventType.add("WHEN '" + type + "' THEN '" + e + "'"));
        }
        range(em.createNativeQuery(insertEvent() + eventType + ", c.effective, ?4, ?5, c.before_text, "
                + described("o.name", "p.code", "o.status") + ", c.run_id"
                + " FROM sync_run_change c JOIN organisation o ON o.id = c.org_id LEFT JOIN organisation p ON p.id = o.parent_id"
                + " WHERE c.run_id = ?1 AND c.seq BETWEEN ?2 AND ?3"
                + " AND c.change_type NOT IN ('" + ChangeType.ADD + "', '" + ChangeType.MOVE_PROPOSED + "')"), runId, fromSeq, toSeq)
                .setParameter(4, now).setParameter(5, by).executeUpdate();
    }

    /** OrgEvent.describe in SQL: name · parent's code (— for none) · status. */
    private static String described(String name, String parentCode, String status) {
        return name + " || ' · ' || COALESCE(" + parentCode + ", '—') || ' · ' || " + status;
    }

    private String insertEvent() {
        return "INSERT INTO org_event (id, organisation_id, event_type, effective, recorded_at, recorded_by,"
                + " before_text, after_text, run_id) SELECT " + dialect.nextId("event_seq") + ", c.org_id, ";
    }

    private static Optional<OrgEvent.Type> eventType(ChangeType type) {
        return Optional.ofNullable(switch (type) {
            case ADD -> OrgEvent.Type.ADDED;
            case CHANGE -> OrgEvent.Type.CHANGED;
            case CLOSE -> OrgEvent.Type.CLOSED;
            case MERGE -> OrgEvent.Type.MERGED;
            case REOPEN -> OrgEvent.Type.REOPENED;
            case MOVE_PROPOSED -> null;
        });
    }

    private static String inRange(ChangeType type) {
        return "c.run_id = ?1 AND c.seq BETWEEN ?2 AND ?3 AND c.change_type = '" + type + "'";
    }

    private static Query range(Query query, long runId, int fromSeq, int toSeq) {
        return query.setParameter(1, runId).setParameter(2, fromSeq).setParameter(3, toSeq);
    }

    /** AccountRules by role: the kinds of unit that get an account of each role. */
    private static Map<Role, Set<OrgKind>> rolesAndKinds() {
        Map<Role, Set<OrgKind>> kinds = new EnumMap<>(Role.class);
        for (OrgKind kind : OrgKind.values()) {
            for (Role role : AccountRules.rolesFor(kind)) {
                kinds.computeIfAbsent(role, r -> EnumSet.noneOf(OrgKind.class)).add(kind);
            }
        }
        return kinds;
    }
}

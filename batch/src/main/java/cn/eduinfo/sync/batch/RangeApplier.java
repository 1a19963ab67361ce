package cn.eduinfo.sync.batch;

import cn.eduinfo.account.AccountRules;
import cn.eduinfo.account.Role;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Tier;
import cn.eduinfo.shared.Node;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.SyncRun;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * Applies a range of a run's change set with a few set-based statements per kind of change, inside
 * the caller's (the chunk's) transaction, and records the range as applied in the same transaction:
 * a range rolled back is applied again from its start, a committed one never again.
 *
 * <p>The validate step has already checked every rule against the tree, so these statements only
 * carry out what the change set says: the same rows, columns and texts as the domain's own
 * factories and transitions ({@code Organisation}, {@code AccountRules}, {@code OrgEvent.describe}),
 * whose rules the SQL below is generated from where it can be.
 */
@Dependent
public class RangeApplier {

    /** An authority appears before its units in the change set, so a range needs at most one round per tree level. */
    private static final int MAX_LEVELS = 8;

    private static final Logger LOG = Logger.getLogger(RangeApplier.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private SqlDialect dialect;

    public void apply(long runId, int fromSeq, int toSeq) {
        dialect = dialect();
        Stopwatch time = new Stopwatch();
        SyncRun run = em.find(SyncRun.class, runId);
        Timestamp now = Timestamp.from(clock.instant());
        String by = "registry-sync#" + runId;
        addUnits(runId, fromSeq, toSeq);
        time.lap("added");
        update(runId, fromSeq, toSeq, ChangeType.REOPEN, "status = 'ACTIVE', status_date = " + fromChange("c.effective", ChangeType.REOPEN));
        update(runId, fromSeq, toSeq, ChangeType.CHANGE, "name = " + fromChange("c.name", ChangeType.CHANGE)
                + ", division_code = " + fromChange("c.division_code", ChangeType.CHANGE));
        update(runId, fromSeq, toSeq, ChangeType.CLOSE, "status = 'CLOSED', status_date = " + fromChange("c.effective", ChangeType.CLOSE));
        update(runId, fromSeq, toSeq, ChangeType.MERGE, "status = 'MERGED', status_date = " + fromChange("c.effective", ChangeType.MERGE)
                + ", successor_id = (SELECT s.id FROM sync_run_change c JOIN organisation s ON s.code = c.successor_code"
                + " WHERE c.run_id = ?1 AND c.code = organisation.code AND c.change_type = 'MERGE')");
        time.lap("updated");
        propose(runId, fromSeq, toSeq, now);
        events(runId, fromSeq, toSeq, now, by);
        time.lap("events");
        run.appliedThrough(toSeq, toSeq - fromSeq + 1);
        run.heartbeat(Node.now()); // same UPDATE, same commit as the range
        LOG.info(() -> "registry sync run " + runId + ": changes " + fromSeq + "–" + toSeq + " applied; " + time);
    }

    /** New units, level by level (a parent in the same range must be there before its children), then their accounts. */
    private void addUnits(long runId, int fromSeq, int toSeq) {
        String insert = "INSERT INTO organisation (id, code, name, kind, school_category, moe_affiliated, parent_id, division_code,"
                + " path, depth, tier, status, status_date, successor_id, enrolment_suspended, version)"
                + " SELECT " + dialect.nextId("org_seq") + ", c.code, c.name, c.kind, c.school_category, " + moeUniversity() + ","
                + " p.id, c.division_code, COALESCE(p.path, '/') || c.code || '/', COALESCE(p.depth + 1, 0), " + tier() + ","
                + " 'ACTIVE', NULL, NULL, FALSE, 1"
                + " FROM sync_run_change c LEFT JOIN organisation p ON p.code = c.parent_code"
                + " WHERE " + inRange(ChangeType.ADD) + " AND (c.parent_code IS NULL OR p.id IS NOT NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.code = c.code)";
        long expected = ((Number) range(em.createNativeQuery("SELECT COUNT(*) FROM sync_run_change c WHERE " + inRange(ChangeType.ADD)),
                runId, fromSeq, toSeq).getSingleResult()).longValue();
        long added = 0;
        for (int level = 0; level < MAX_LEVELS && added < expected; level++) {
            // each round adds the units whose parent is now there
            added += range(em.createNativeQuery(insert), runId, fromSeq, toSeq).executeUpdate();
        }
        range(em.createNativeQuery("INSERT INTO account (id, username, role, organisation_id, password_hash, must_change_password,"
                + " failed_attempts, locked_until, enabled, real_name, position, phone, email, created_at, version)"
                + " SELECT " + dialect.nextId("account_seq") + ", c.code || r.suffix, r.role, o.id, NULL, TRUE, 0, NULL, TRUE,"
                + " NULL, NULL, NULL, NULL, ?4, 1"
                + " FROM sync_run_change c JOIN organisation o ON o.code = c.code JOIN (" + rolesByKind() + ") r ON r.kind = c.kind"
                + " WHERE " + inRange(ChangeType.ADD)), runId, fromSeq, toSeq)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /**
     * Sets the columns of the units the range changes this way; retired units' accounts are disabled, re-opened ones' enabled.
     * A closure by omission (reason OMITTED) needs nothing of its own: its stored row carries the snapshot's date.
     */
    private void update(long runId, int fromSeq, int toSeq, ChangeType type, String assignments) {
        String units = "(SELECT c.code FROM sync_run_change c WHERE " + inRange(type) + ")";
        range(em.createNativeQuery("UPDATE organisation SET " + assignments + ", version = version + 1 WHERE code IN " + units),
                runId, fromSeq, toSeq).executeUpdate();
        if (type == ChangeType.CLOSE || type == ChangeType.MERGE || type == ChangeType.REOPEN) {
            range(em.createNativeQuery("UPDATE account SET enabled = " + (type == ChangeType.REOPEN ? "TRUE" : "FALSE")
                    + ", version = version + 1 WHERE organisation_id IN (SELECT o.id FROM organisation o WHERE o.code IN " + units + ")"),
                    runId, fromSeq, toSeq).executeUpdate();
        }
    }

    /** One open proposal per unit and target (第十一条): a snapshot repeating the same parent proposes nothing new. */
    private void propose(long runId, int fromSeq, int toSeq, Timestamp now) {
        range(em.createNativeQuery("INSERT INTO affiliation_proposal (id, organisation_id, from_parent_id, to_parent_id, proposer_id,"
                + " run_id, status, created_at, decided_by, decided_at, version)"
                + " SELECT " + dialect.nextId("event_seq") + ", o.id, o.parent_id, t.id, d.id, c.run_id, 'OPEN', ?4, NULL, NULL, 1"
                + " FROM sync_run_change c JOIN organisation o ON o.code = c.code JOIN organisation t ON t.code = c.parent_code"
                + " JOIN organisation d ON d.code = c.proposer"
                + " WHERE " + inRange(ChangeType.MOVE_PROPOSED) + " AND NOT EXISTS (SELECT 1 FROM affiliation_proposal a"
                + " WHERE a.organisation_id = o.id AND a.to_parent_id = t.id AND a.status = 'OPEN')"), runId, fromSeq, toSeq)
                .setParameter(4, now).executeUpdate();
    }

    /** A dated event per applied change, with the unit as it was before and as it is now (OrgEvent.describe). */
    private void events(long runId, int fromSeq, int toSeq, Timestamp now, String by) {
        StringJoiner eventType = new StringJoiner(" ", "CASE c.change_type ", " END");
        for (ChangeType type : ChangeType.values()) {
            eventType(type).ifPresent(e -> eventType.add("WHEN '" + type + "' THEN '" + e + "'"));
        }
        range(em.createNativeQuery("INSERT INTO org_event (id, organisation_id, event_type, effective, recorded_at, recorded_by,"
                + " before_text, after_text, run_id)"
                + " SELECT " + dialect.nextId("event_seq") + ", o.id, " + eventType + ", c.effective, ?4, ?5, c.before_text,"
                + " o.name || ' · ' || COALESCE(p.code, '—') || ' · ' || o.status, c.run_id"
                + " FROM sync_run_change c JOIN organisation o ON o.code = c.code LEFT JOIN organisation p ON p.id = o.parent_id"
                + " WHERE c.run_id = ?1 AND c.seq BETWEEN ?2 AND ?3 AND c.change_type <> '" + ChangeType.MOVE_PROPOSED + "'"),
                runId, fromSeq, toSeq)
                .setParameter(4, now).setParameter(5, by).executeUpdate();
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

    private static String fromChange(String column, ChangeType type) {
        return "(SELECT " + column + " FROM sync_run_change c WHERE c.run_id = ?1 AND c.code = organisation.code AND c.change_type = '" + type + "')";
    }

    private static Query range(Query query, long runId, int fromSeq, int toSeq) {
        return query.setParameter(1, runId).setParameter(2, fromSeq).setParameter(3, toSeq);
    }

    /** Organisation.school: an HEI straight under the MoE is an MoE university. */
    private static final String UNDER_MOE = "c.kind = '" + OrgKind.HEI + "' AND p.kind = '" + OrgKind.MOE + "'";

    private static String moeUniversity() {
        return "CASE WHEN " + UNDER_MOE + " THEN TRUE ELSE FALSE END";
    }

    /** Tier.of: an authority's tier is its kind's, an MoE university's the provinces', any other unit's its parent's. */
    private static String tier() {
        StringJoiner sql = new StringJoiner(" ", "CASE ", " ELSE p.tier END");
        for (OrgKind kind : OrgKind.values()) {
            if (kind.isAuthority()) {
                sql.add("WHEN c.kind = '" + kind + "' THEN '" + Tier.of(kind, false, null) + "'");
            }
        }
        return sql.add("WHEN " + UNDER_MOE + " THEN '" + Tier.of(OrgKind.HEI, true, Tier.NATIONAL) + "'").toString();
    }

    /** AccountRules as a table: the roles, with their user name suffixes, each kind of unit gets. */
    private static String rolesByKind() {
        StringJoiner rows = new StringJoiner(" UNION ALL ");
        for (OrgKind kind : OrgKind.values()) {
            for (Role role : AccountRules.rolesFor(kind)) {
                rows.add("SELECT '" + kind + "' AS kind, '" + role + "' AS role, '" + role.usernameFor("") + "' AS suffix");
            }
        }
        return rows.toString();
    }

    private SqlDialect dialect() {
        return SqlDialect.of(em);
    }
}

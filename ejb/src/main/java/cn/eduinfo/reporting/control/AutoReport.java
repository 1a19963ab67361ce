package cn.eduinfo.reporting.control;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.reporting.Deadline;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.form.control.FormOpening;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A tier's deadline applied set-based (第十八条): every unit of the tier that has a form and has not sent
 * it is reported as its data stands, marked auto-reported, with a timeline entry and an audit row —
 * the rules of {@code Submission.autoReport} as statements over the whole tier, so that the county
 * deadline moves ~350k units in seconds, not in one transaction per unit.
 * <p>
 * The claim row and the work commit together: a second firing (or another instance) waits on the
 * claim's primary key and then fails on it, and a crash rolls the claim back with the work, so the
 * next firing or the startup catch-up applies the deadline again from scratch. Users cannot race the
 * statements: after the deadline the domain refuses their changes to the tier's open units.
 */
@Stateless
public class AutoReport {

    /** Which units send their own data up unreviewed (Submission.hasReviewer), as SQL. */
    private static final String REVIEWER_KINDS = Arrays.stream(OrgKind.values()).filter(OrgKind::hasReviewer)
            .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));

    /** What is due: not sent, or returned with its time limit lapsed. ?1 quarter, ?2 tier, ?3 now, ?4 has_reviewer. */
    private static final String DUE = " s.quarter_key = ?1 AND s.tier = ?2 AND s.has_reviewer = ?4"
            + " AND (s.state IN ('NOT_STARTED', 'DRAFT') OR (s.state = 'RETURNED' AND s.return_limit <= ?3))";

    @PersistenceContext
    EntityManager em;

    @Inject
    FormOpening opening;

    /**
     * Claims the deadline and auto-reports its tier: how many units it reported, or empty when another
     * instance claimed it first (on H2, that fails and rolls back instead).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalInt apply(Deadline deadline, String node, Instant now) {
        Timestamp at = Timestamp.from(now);
        SqlDialect dialect = SqlDialect.of(em);
        if (em.createNativeQuery(dialect.claim("INSERT INTO deadline_run (quarter_key, tier, claimed_at, claimed_by, finished_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?3)"))
                .setParameter(1, deadline.quarter().key()).setParameter(2, deadline.tier().name())
                .setParameter(3, at).setParameter(4, node)
                .executeUpdate() == 0) {
            return OptionalInt.empty();
        }
        if (inUse(deadline) && anyActiveUnitWithoutForm(deadline)) {
            opening.open(deadline.quarter());
        }
        track(deadline, dialect);
        // Bottom-up (第十八条): the units without a reviewer first, then the authorities and HEIs above them.
        int reported = report(deadline, at, false) + report(deadline, at, true);
        em.createNativeQuery("INSERT INTO audit_entry (id, at, actor, action, target_type, target_id, detail)"
                        + " SELECT " + dialect.nextId("audit_seq") + ", ?3, 'system', 'AUTO_REPORTED', 'SUBMISSION',"
                        + " s.org_code || '/" + deadline.quarter() + "', 'deadline of tier " + deadline.tier() + "'"
                        + " FROM submission s WHERE s.quarter_key = ?1 AND s.tier = ?2 AND s.state = 'AUTO_REPORTED' AND s.sent_at = ?3")
                .setParameter(1, deadline.quarter().key()).setParameter(2, deadline.tier().name()).setParameter(3, at)
                .executeUpdate();
        return OptionalInt.of(reported);
    }

    /**
     * A quarter someone filled in has its remaining forms opened (prefilled with the last report), so
     * every unit has data to report; a quarter nobody filled (before the system was in use) stays empty.
     */
    private boolean inUse(Deadline deadline) {
        return !em.createNativeQuery("SELECT 1 FROM form_data WHERE quarter = ?1 FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, deadline.quarter().key()).getResultList().isEmpty();
    }

    /** Opening the quarter again would write nothing (it was opened on its first day), but costs seconds at national scale. */
    private boolean anyActiveUnitWithoutForm(Deadline deadline) {
        return !em.createNativeQuery("SELECT 1 FROM organisation o WHERE o.status = 'ACTIVE' AND NOT EXISTS"
                        + " (SELECT 1 FROM form_data f WHERE f.organisation_id = o.id AND f.quarter = ?1) FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, deadline.quarter().key()).getResultList().isEmpty();
    }

    /**
     * Units of the tier with a form but no submission yet (the quarter's opening writes forms only). On
     * PostgreSQL the unique key skips the tracked ones: a NOT EXISTS on the table being filled, planned
     * while it looked empty, re-read the growing table once per row (seen: minutes for 360k units).
     */
    private void track(Deadline deadline, SqlDialect dialect) {
        boolean postgres = dialect == SqlDialect.POSTGRES;
        em.createNativeQuery("INSERT INTO submission (id, quarter_key, org_id, org_path, org_code, tier, has_reviewer, state,"
                        + " data_status, auto_reported, version)"
                        + " SELECT " + dialect.nextId("submission_seq") + ", ?1, o.id, o.path, o.code, o.tier,"
                        + " o.kind IN (" + REVIEWER_KINDS + "), CASE WHEN f.data_status = 'NONE' THEN 'NOT_STARTED' ELSE 'DRAFT' END,"
                        + " f.data_status, FALSE, 1"
                        + " FROM organisation o JOIN form_data f ON f.organisation_id = o.id AND f.quarter = ?1"
                        + " WHERE o.tier = ?2 AND o.status = 'ACTIVE'"
                        + (postgres ? " ON CONFLICT (quarter_key, org_id) DO NOTHING"
                                : " AND NOT EXISTS (SELECT 1 FROM submission x WHERE x.quarter_key = ?1 AND x.org_id = o.id)"))
                .setParameter(1, deadline.quarter().key()).setParameter(2, deadline.tier().name())
                .executeUpdate();
        dialect.refreshStatistics(em, "submission", "submission_transition");
    }

    private int report(Deadline deadline, Timestamp at, boolean reviewers) {
        // Each entry goes after the unit's timeline so far: counted once for the tier, not per row (the
        // table grows while the statement runs).
        em.createNativeQuery("INSERT INTO submission_transition (submission_id, seq, action, from_state, to_state, actor, actor_role, at)"
                        + " SELECT s.id, COALESCE(c.n, 0), 'AUTO_REPORT', s.state, 'AUTO_REPORTED', 'system', NULL, ?3"
                        + " FROM submission s LEFT JOIN (SELECT t.submission_id, COUNT(*) AS n FROM submission_transition t"
                        + " JOIN submission u ON u.id = t.submission_id WHERE u.quarter_key = ?1 AND u.tier = ?2"
                        + " GROUP BY t.submission_id) c ON c.submission_id = s.id WHERE" + DUE)
                .setParameter(1, deadline.quarter().key()).setParameter(2, deadline.tier().name())
                .setParameter(3, at).setParameter(4, reviewers)
                .executeUpdate();
        return em.createNativeQuery("UPDATE submission s SET state = 'AUTO_REPORTED', auto_reported = TRUE, sent_at = ?3,"
                        + " return_limit = NULL, version = version + 1 WHERE" + DUE)
                .setParameter(1, deadline.quarter().key()).setParameter(2, deadline.tier().name())
                .setParameter(3, at).setParameter(4, reviewers)
                .executeUpdate();
    }
}

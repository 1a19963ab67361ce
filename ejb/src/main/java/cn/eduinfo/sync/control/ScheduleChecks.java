package cn.eduinfo.sync.control;

import cn.eduinfo.sync.ScheduledCheck;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Optional;

/** The one row saying what the quarterly timer last found at the registry's share (V27). */
@Stateless
public class ScheduleChecks {

    @PersistenceContext
    EntityManager em;

    /** In a transaction of its own: what the timer found is recorded whatever happens next. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ScheduledCheck check) {
        em.createNativeQuery("UPDATE sync_schedule_check SET checked_at = ?1, node = ?2, outcome = ?3, detail = ?4, run_id = CAST(?5 AS BIGINT) WHERE id = 1")
                .setParameter(1, Timestamp.from(check.at())).setParameter(2, check.node()).setParameter(3, check.outcome().name())
                .setParameter(4, check.detail()).setParameter(5, check.runId()).executeUpdate();
    }

    /** None until the timer first looked. */
    public Optional<ScheduledCheck> last() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT checked_at, node, outcome, detail, run_id FROM sync_schedule_check WHERE id = 1")
                .getSingleResult();
        if (row[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new ScheduledCheck(((Timestamp) row[0]).toInstant(), (String) row[1], ScheduledCheck.Outcome.valueOf((String) row[2]),
                (String) row[3], row[4] == null ? null : ((Number) row[4]).longValue()));
    }
}

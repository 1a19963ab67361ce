package cn.eduinfo.reporting.control;

import cn.eduinfo.reporting.DeadlinesHeartbeat;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** The one row saying when what the clock makes due last ran, where, and how many deadlines it left unapplied. */
@Stateless
public class Heartbeat {

    @PersistenceContext
    EntityManager em;

    /** In a transaction of its own: a run's outcome is recorded whatever the caller's does next. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Instant ranAt, String node, int failed) {
        em.createNativeQuery("UPDATE deadlines_heartbeat SET ran_at = ?1, node = ?2, failed = ?3 WHERE id = 1")
                .setParameter(1, Timestamp.from(ranAt)).setParameter(2, node).setParameter(3, failed).executeUpdate();
    }

    public DeadlinesHeartbeat last() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT ran_at, node, failed FROM deadlines_heartbeat WHERE id = 1").getSingleResult();
        return new DeadlinesHeartbeat(row[0] == null ? null : ((Timestamp) row[0]).toInstant(), (String) row[1], ((Number) row[2]).intValue());
    }
}

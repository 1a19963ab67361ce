package cn.eduinfo.reporting.control;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Notification;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.shared.SqlDialect;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The reminder before a tier's window closes: one in-app notification to every active unit of the tier
 * that has not sent its data, written in one statement, claimed like a deadline (once per quarter and
 * tier across the cluster).
 */
@Stateless
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationsWritten> written;

    @Inject
    AuditTrail audit;

    /** Claims the reminder and writes it; fails (rolling back) when it was claimed already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int send(Quarter quarter, Tier tier, Instant deadline, String node, Instant now) {
        Timestamp at = Timestamp.from(now);
        if (em.createNativeQuery(SqlDialect.of(em).claim("INSERT INTO reminder_run (quarter_key, tier, claimed_at, claimed_by) VALUES (?1, ?2, ?3, ?4)"))
                .setParameter(1, quarter.key()).setParameter(2, tier.name()).setParameter(3, at).setParameter(4, node)
                .executeUpdate() == 0) {
            return 0; // sent by another instance
        }
        int sent = em.createNativeQuery("INSERT INTO notification (id, org_id, created_at, kind, quarter_key, sender, detail)"
                        + " SELECT " + SqlDialect.of(em).nextId("notification_seq") + ", o.id, ?3, 'REMINDER', ?1, 'system', ?4"
                        + " FROM organisation o WHERE o.tier = ?2 AND o.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM submission s"
                        + " WHERE s.quarter_key = ?1 AND s.org_id = o.id AND s.state NOT IN ('NOT_STARTED', 'DRAFT', 'RETURNED'))")
                .setParameter(1, quarter.key()).setParameter(2, tier.name()).setParameter(3, at)
                .setParameter(4, Window.show(deadline))
                .executeUpdate();
        List<Long> reminded = ((List<?>) em.createNativeQuery("SELECT org_id FROM notification WHERE kind = 'REMINDER' AND quarter_key = ?1"
                        + " AND created_at = ?2")
                .setParameter(1, quarter.key()).setParameter(2, at).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        written.fire(new NotificationsWritten(reminded, Notification.Kind.REMINDER, quarter.toString(), Window.show(deadline)));
        audit.recordAs("system", "REMINDERS_SENT", "QUARTER", quarter + "/" + tier, sent + " units, deadline " + Window.show(deadline));
        return sent;
    }
}

package cn.eduinfo.reporting.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.reporting.Notification;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The notifications of the caller's own organisation, for its administrators and reviewers. */
@Stateless
@RolesAllowed({"REVIEWER", "ADMINISTRATOR"})
public class Notifications {

    private static final int SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<NotificationLine> latest() {
        return em.createQuery("SELECT n FROM Notification n WHERE n.orgId = :o ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("o", ownOrgId()).setMaxResults(SHOWN)
                .getResultStream().map(NotificationLine::of).toList();
    }

    public long unread() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.orgId = :o AND n.readAt IS NULL", Long.class)
                .setParameter("o", ownOrgId()).getSingleResult();
    }

    /** Marks one read (for everyone of the organisation); a notification of another organisation is refused. */
    public void markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getOrgId().equals(ownOrgId())) {
            throw new OutOfScopeException();
        }
        if (n.getReadAt() == null) {
            n.markRead(caller.username(), clock.instant());
            audit.record("NOTIFICATION_READ", "NOTIFICATION", id, n.getKind().name());
        }
    }

    private Long ownOrgId() {
        Account me = caller.account();
        return me.getOrganisation().getId();
    }
}

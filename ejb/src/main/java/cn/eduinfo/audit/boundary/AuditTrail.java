package cn.eduinfo.audit.boundary;

import cn.eduinfo.audit.AuditEntry;
import cn.eduinfo.audit.control.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The trail of every write and login (第二十二条); readable by the audit administrator only. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Records an action of the current caller, in the caller's transaction. */
    @PermitAll
    public void record(String action, String targetType, Object targetId, String detail) {
        recordAs(context.getCallerPrincipal().getName(), action, targetType, targetId, detail);
    }

    /** Records an action whose actor is not (yet) the caller, such as a login attempt. */
    @PermitAll
    public void recordAs(String actor, String action, String targetType, Object targetId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, targetType,
                targetId == null ? null : targetId.toString(), detail, address()));
    }

    /** The entries the query asks for, newest first, a page at a time. */
    @RolesAllowed("AUDIT_ADMIN")
    public List<AuditLine> latest(AuditQuery query, int first, int max) {
        return filtered("SELECT a FROM AuditEntry a", " ORDER BY a.at DESC, a.id DESC", query, AuditEntry.class)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(max, 500)).getResultStream().map(AuditLine::of).toList();
    }

    @RolesAllowed("AUDIT_ADMIN")
    public long count(AuditQuery query) {
        return filtered("SELECT COUNT(a) FROM AuditEntry a", "", query, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, AuditQuery query, Class<T> type) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<T> typed = em.createQuery(select + query.where(parameters) + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    private String address() {
        try {
            return origin.getAddress();
        } catch (ContextNotActiveException timerOrStartup) {
            return "system";
        }
    }
}

package cn.eduinfo.audit.boundary;

import cn.eduinfo.audit.AuditEntry;
import cn.eduinfo.audit.control.AuditWorkbook;
import cn.eduinfo.audit.control.RequestOrigin;
import cn.eduinfo.shared.DomainException;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The trail of every write and login (第二十二条); readable by the audit administrator only. */
@Stateless
public class AuditTrail {

    private static final int EXPORT_PAGE = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The most entries one export takes (50,000: ~10 MB of workbook). */
    @Inject
    @ConfigProperty(name = "eduinfo.audit.max-export", defaultValue = "50000")
    int maxExport;

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

    /**
     * The entries the query asks for, newest first, as an Excel workbook headed in the caller's language; refused
     * beyond eduinfo.audit.max-export entries (a narrower search is asked for). The export is itself recorded: who took
     * which part of the trail away.
     */
    @RolesAllowed("AUDIT_ADMIN")
    public byte[] workbook(AuditQuery query, String title, List<String> headings) {
        // Up to now: what is written while the export runs (its own record among it) is not part of it.
        Instant until = clock.instant();
        long count = exported(query, until, null, "SELECT COUNT(a) FROM AuditEntry a", "", Long.class).getSingleResult();
        if (count > maxExport) {
            throw new DomainException("audit.export.tooMany", count, maxExport);
        }
        byte[] workbook = AuditWorkbook.write(title, headings, each -> {
            // Pages by key, not offset: the next page starts below the last line of the one before.
            AuditLine last = null;
            for (long taken = 0; taken < count; ) {
                List<AuditLine> lines = exported(query, until, last, "SELECT a FROM AuditEntry a", " ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class).setMaxResults((int) Math.min(EXPORT_PAGE, count - taken)).getResultStream().map(AuditLine::of).toList();
                em.clear(); // a page at a time in memory
                if (lines.isEmpty()) {
                    break;
                }
                lines.forEach(each);
                taken += lines.size();
                last = lines.get(lines.size() - 1);
            }
        });
        record("AUDIT_EXPORTED", "AUDIT", null, count + " entries: " + query);
        return workbook;
    }

    /** The query's entries written up to {@code until}, below {@code after} (the last line of a page) if given. */
    private <T> TypedQuery<T> exported(AuditQuery query, Instant until, AuditLine after, String select, String order, Class<T> type) {
        Map<String, Object> parameters = new HashMap<>();
        String where = query.where(parameters);
        where += (where.isEmpty() ? " WHERE " : " AND ") + "a.at <= :until";
        parameters.put("until", until);
        if (after != null) {
            where += " AND (a.at < :lastAt OR (a.at = :lastAt AND a.id < :lastId))";
            parameters.put("lastAt", after.at());
            parameters.put("lastId", after.id());
        }
        TypedQuery<T> typed = em.createQuery(select + where + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
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

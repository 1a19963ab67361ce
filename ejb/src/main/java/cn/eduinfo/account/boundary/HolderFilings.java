package cn.eduinfo.account.boundary;

import cn.eduinfo.account.HolderFiling;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The CEEC's record of changes of holder of provincial authorities' and MoE universities' accounts
 * (DOMAIN.md, accounts): its staff, the security administrator, see them and acknowledge each once.
 */
@Stateless
@RolesAllowed("SECURITY_ADMIN")
public class HolderFilings {

    private static final int SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Not yet acknowledged first, then the latest acknowledged ones; newest first within each. */
    public List<FilingLine> list() {
        return em.createQuery("SELECT f FROM HolderFiling f ORDER BY CASE WHEN f.acknowledgedAt IS NULL THEN 0 ELSE 1 END,"
                        + " f.filedAt DESC, f.id DESC", HolderFiling.class)
                .setMaxResults(SHOWN).getResultStream().map(FilingLine::of).toList();
    }

    public long open() {
        return em.createQuery("SELECT COUNT(f) FROM HolderFiling f WHERE f.acknowledgedAt IS NULL", Long.class).getSingleResult();
    }

    public FilingLine acknowledge(long id) {
        HolderFiling filing = em.find(HolderFiling.class, id);
        if (filing == null) {
            throw new OutOfScopeException();
        }
        filing.acknowledge(caller.username(), clock.instant());
        audit.record("HOLDER_FILING_ACKNOWLEDGED", "ACCOUNT", filing.getAccount().getId(),
                filing.getAccount().getUsername() + ": " + filing.getPreviousHolder() + " → " + filing.getNewHolder());
        return FilingLine.of(filing);
    }
}

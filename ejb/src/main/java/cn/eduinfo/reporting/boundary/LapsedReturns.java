package cn.eduinfo.reporting.boundary;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.reporting.Actor;
import cn.eduinfo.reporting.Submission;
import cn.eduinfo.reporting.control.Calendars;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Returns whose time limit lapsed (第二十条): few at a time, so each is re-reported through the domain's
 * own {@code autoReport} in a transaction of its own; a second instance doing the same loses on the
 * row's version (an exception to the caller) and changes nothing.
 */
@Stateless
@PermitAll
public class LapsedReturns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    public List<Long> due(Instant now) {
        return em.createQuery("SELECT s.id FROM Submission s WHERE s.state = cn.eduinfo.reporting.SubmissionState.RETURNED"
                        + " AND s.returnLimit <= :now", Long.class)
                .setParameter("now", now).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reReport(long submissionId, Instant now) {
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || !s.autoReport(Actor.system(), calendars.current(), now)) {
            return false;
        }
        em.flush();
        audit.recordAs(Actor.SYSTEM_NAME, "AUTO_REPORTED", "SUBMISSION", s.getOrgCode() + "/" + s.quarter(), "return time limit lapsed");
        return true;
    }
}

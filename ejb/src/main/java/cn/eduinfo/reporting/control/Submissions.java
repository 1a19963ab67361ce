package cn.eduinfo.reporting.control;

import cn.eduinfo.form.FormData;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.reporting.DataStatus;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Submission;
import cn.eduinfo.shared.ConflictException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/**
 * Each unit's submission for a quarter, created when first needed: a unit's quarter is tracked from
 * its first save, its first transition, or its deadline (set-based, {@link AutoReport}).
 */
@Dependent
public class Submissions {

    @PersistenceContext
    EntityManager em;

    public Optional<Submission> find(Organisation unit, Quarter quarter) {
        return em.createQuery("SELECT s FROM Submission s WHERE s.orgId = :o AND s.quarterKey = :q", Submission.class)
                .setParameter("o", unit.getId()).setParameter("q", quarter.key())
                .getResultStream().findFirst();
    }

    /** The unit's submission, opened (in the state its form is in) if there is none yet. */
    public Submission of(Organisation unit, Quarter quarter) {
        return find(unit, quarter).orElseGet(() -> {
            Submission opened = Submission.open(quarter, unit, formStatus(unit, quarter));
            try {
                em.persist(opened);
                em.flush();
            } catch (PersistenceException e) {
                // Opened at the same moment by another request: its row wins, and the caller tries again.
                throw new ConflictException("reporting.conflict");
            }
            return opened;
        });
    }

    /** The submissions of a unit's direct subordinates that have one (the others have not started). */
    public List<Submission> ofSubordinates(Organisation unit, Quarter quarter) {
        return em.createQuery("SELECT s FROM Submission s WHERE s.quarterKey = :q AND s.orgId IN"
                        + " (SELECT o.id FROM Organisation o WHERE o.parent = :p)", Submission.class)
                .setParameter("q", quarter.key()).setParameter("p", unit)
                .getResultList();
    }

    private DataStatus formStatus(Organisation unit, Quarter quarter) {
        return em.createQuery("SELECT f.status FROM FormData f WHERE f.organisation = :o AND f.quarter = :q", DataStatus.class)
                .setParameter("o", unit).setParameter("q", quarter.key())
                .getResultStream().findFirst().orElse(DataStatus.NONE);
    }

    /** The form the submission sends, if the unit has one (new units may have none). */
    public Optional<FormData> form(Organisation unit, Quarter quarter) {
        return em.createQuery("SELECT f FROM FormData f WHERE f.organisation = :o AND f.quarter = :q", FormData.class)
                .setParameter("o", unit).setParameter("q", quarter.key())
                .getResultStream().findFirst();
    }
}

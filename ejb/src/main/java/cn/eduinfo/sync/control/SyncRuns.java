package cn.eduinfo.sync.control;

import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.SyncRunFile;
import cn.eduinfo.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Run bookkeeping in transactions of its own, so that jobs are started outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a new run with its file; refused while another run is under way (one tree, one writer). */
    public long create(String fileName, String charset, byte[] content, SyncRun.Trigger trigger, String by) {
        long active = em.createQuery("SELECT COUNT(r) FROM SyncRun r WHERE r.status IN :s", Long.class)
                .setParameter("s", java.util.List.of(RunStatus.QUEUED, RunStatus.VALIDATING, RunStatus.APPLYING))
                .setLockMode(LockModeType.NONE)
                .getSingleResult();
        if (active > 0) {
            throw new DomainException("sync.runInProgress");
        }
        SyncRun run = new SyncRun(fileName, trigger, by, clock.instant(), charset);
        em.persist(run);
        em.flush();
        em.persist(new SyncRunFile(run.getId(), content));
        return run.getId();
    }

    public boolean hasScheduledRunOf(String fileName) {
        return !em.createQuery("SELECT r.id FROM SyncRun r WHERE r.fileName = :f AND r.trigger = :t", Long.class)
                .setParameter("f", fileName).setParameter("t", SyncRun.Trigger.SCHEDULE)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public SyncRun resume(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null || !run.getStatus().canResume()) {
            throw new DomainException("sync.cannotResume");
        }
        run.resumed();
        return run;
    }

    /** At startup: runs left active by a JVM that died cannot be running any more. */
    public int markAbandoned() {
        var stale = em.createQuery("SELECT r FROM SyncRun r WHERE r.status IN :s", SyncRun.class)
                .setParameter("s", java.util.List.of(RunStatus.QUEUED, RunStatus.VALIDATING, RunStatus.APPLYING))
                .getResultList();
        stale.forEach(SyncRun::abandoned);
        return stale.size();
    }
}

package cn.eduinfo.sync.control;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.sync.RunFailure;
import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.FreshUploads;
import cn.eduinfo.sync.StoredFile;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Node;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.Charset;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Run bookkeeping in transactions of its own, so that jobs are started outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncRuns {

    /** Queued, validating or applying: the tree has a writer. */
    private static final List<RunStatus> ACTIVE = Arrays.stream(RunStatus.values()).filter(RunStatus::isActive).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FreshUploads uploads;

    @Inject
    AuditTrail audit;

    /** How long another instance's run may go without a heartbeat before that instance counts as dead. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.stale-after", defaultValue = "PT10M")
    String staleAfter;

    /** Records a new run with its file; refused while another run is under way (one tree, one writer). */
    /** @param digest the file's SHA-256 for a scheduled run (scheduledRunOf), null for an upload */
    public long create(String fileName, String charset, byte[] content, SyncRun.Trigger trigger, String by, String digest) {
        if (anyActive()) {
            throw new DomainException("sync.runInProgress");
        }
        SyncRun run = new SyncRun(fileName, trigger, by, clock.instant(), charset, digest);
        // this instance launches the job: its heartbeat covers the run while it waits in the queue
        run.runBy(Node.name(), Node.now());
        em.persist(run);
        flushAsTheOneActiveRun();
        // Its reading begins on a second core while it is stored: the job finds it read, or nearly.
        uploads.hold(run.getId(), content, charset == null ? null : Charset.forName(charset), lastFileToReadAgainst());
        StoredFile.store(em, run.getId(), content);
        return run.getId();
    }

    /** The last run to complete, if it left a file the new one can be read against (the job asks the same: LastApplied). */
    private OptionalLong lastFileToReadAgainst() {
        return em.createQuery("SELECT r FROM SyncRun r WHERE r.completedOrder IS NOT NULL ORDER BY r.completedOrder DESC", SyncRun.class)
                .setMaxResults(1).getResultStream().filter(SyncRun::canBeReadAgainst).mapToLong(SyncRun::getId).findFirst();
    }

    /** The run's job could not be started: the run fails at once (SyncRun.notStarted), and lets its file go. */
    public void notStarted(long runId, RunFailure why) {
        uploads.take(runId);
        em.find(SyncRun.class, runId).notStarted(why, clock.instant());
    }

    /** Whether a run is queued, validating or applying: the tree has a writer. */
    public boolean anyActive() {
        return em.createQuery("SELECT COUNT(r) FROM SyncRun r WHERE r.status IN :s", Long.class)
                .setParameter("s", ACTIVE)
                .setLockMode(LockModeType.NONE)
                .getSingleResult() > 0;
    }

    /** The run the timer started of a file of this content (SHA-256), under whatever name; none if it has not. */
    public Optional<Long> scheduledRunOf(String digest) {
        return em.createQuery("SELECT r.id FROM SyncRun r WHERE r.fileDigest = :d AND r.trigger = :t", Long.class)
                .setParameter("d", digest).setParameter("t", SyncRun.Trigger.SCHEDULE)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * The last run that completed, if its file is this content byte for byte (an operator uploaded the
     * registry's share by hand): applying it again would change nothing.
     */
    public Optional<Long> lastCompletedOf(byte[] content) {
        return em.createQuery("SELECT r.id FROM SyncRun r WHERE r.status = :s AND r.completedOrder IS NOT NULL"
                        + " ORDER BY r.completedOrder DESC", Long.class)
                .setParameter("s", RunStatus.COMPLETED).setMaxResults(1).getResultList().stream()
                .filter(runId -> Arrays.equals(uploads.kept(runId).orElseGet(() -> StoredFile.read(em, runId)), content)).findFirst();
    }

    public SyncRun resume(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null || !run.getStatus().canResume()) {
            throw new DomainException("sync.cannotResume");
        }
        if (anyActive()) {
            throw new DomainException("sync.runInProgress");
        }
        run.resumed(Node.name(), Node.now());
        flushAsTheOneActiveRun();
        return run;
    }

    /**
     * An operator on this instance asks the instance executing the run to stop it (SyncRun.requestStop).
     * Written by a statement of its own, not with the run's version (a JPQL update would increment it):
     * that instance commits a range every few seconds, and neither write must fail the other.
     */
    public void requestStop(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null) {
            throw new DomainException("sync.notRunning");
        }
        em.detach(run);
        run.requestStop(Node.name(), Node.now());
        if (em.createNativeQuery("UPDATE sync_run SET stop_requested_at = ?1 WHERE id = ?2 AND node_name = ?3"
                        + " AND status IN (" + ACTIVE.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")) + ")")
                .setParameter(1, Timestamp.from(run.getStopRequestedAt())).setParameter(2, runId).setParameter(3, run.getNode())
                .executeUpdate() == 0) {
            throw new DomainException("sync.notRunning"); // it ended, or changed hands, meanwhile
        }
    }

    /** The runs this instance executes that an operator asked to stop on another instance. */
    public List<Long> toBeStoppedHere() {
        return em.createQuery("SELECT r FROM SyncRun r WHERE r.stopRequestedAt IS NOT NULL AND r.status IN :s", SyncRun.class)
                .setParameter("s", ACTIVE)
                .getResultStream().filter(r -> r.isToBeStoppedBy(Node.name())).map(SyncRun::getId).toList();
    }

    /**
     * Writes the run that is becoming active; refused if another instance's run became active at the
     * same moment (PostgreSQL's sync_run_one_active, V20: this insert waited for that one's commit).
     */
    private void flushAsTheOneActiveRun() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getMessage() != null && cause.getMessage().contains("sync_run_one_active")) {
                    throw new DomainException("sync.runInProgress");
                }
            }
            throw e;
        }
    }

    /**
     * At startup: the active runs this instance's dead JVM left, and those of instances whose heartbeat
     * went stale, cannot be running any more; another live instance's run is left alone.
     */
    public Recovery markAbandonedAtStart() {
        return markAbandoned(run -> run.isAbandonedAt(Node.name(), Node.now(), Duration.parse(staleAfter)));
    }

    /**
     * While this instance runs: another instance's active run whose heartbeat went stale was cut off
     * by that instance's death, and the rest of the group can resume it (it would block every upload
     * and the quarterly timer until the dead instance came back otherwise).
     */
    public Recovery markRunsOfDeadInstances() {
        return markAbandoned(run -> run.isCutOffSeenFrom(Node.name(), Node.now(), Duration.parse(staleAfter)));
    }

    private Recovery markAbandoned(Predicate<SyncRun> cutOff) {
        List<SyncRun> active = em.createQuery("SELECT r FROM SyncRun r WHERE r.status IN :s", SyncRun.class)
                .setParameter("s", ACTIVE)
                .getResultList();
        int marked = 0;
        for (SyncRun run : active) {
            // Only if unchanged since read: a range its instance committed meanwhile shows it alive
            // (and a flush conflict here would fail this instance's start).
            if (cutOff.test(run) && em.createQuery("UPDATE SyncRun r SET r.status = :a, r.version = r.version + 1 WHERE r.id = :id AND r.version = :v")
                    .setParameter("a", RunStatus.ABANDONED).setParameter("id", run.getId()).setParameter("v", run.getVersion())
                    .executeUpdate() == 1) {
                marked++;
                audit.recordAs("system", "REGISTRY_SYNC_ABANDONED", "SYNC_RUN", run.getId(),
                        "cut off on " + run.getNode() + " (last heartbeat " + run.getHeartbeatAt() + "), seen from " + Node.name());
            }
        }
        return new Recovery(marked, active.size() - marked);
    }

    /** What a start found: runs marked abandoned, and active runs left to the live instances executing them. */
    public record Recovery(int abandoned, int leftToLiveInstances) {
    }
}

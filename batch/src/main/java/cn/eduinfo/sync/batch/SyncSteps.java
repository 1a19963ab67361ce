package cn.eduinfo.sync.batch;

import cn.eduinfo.audit.AuditEntry;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeSet;
import cn.eduinfo.sync.OrgSnapshot;
import cn.eduinfo.sync.RegistryError;
import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryValidator;
import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.SyncRunChange;
import cn.eduinfo.sync.SyncRunError;
import cn.eduinfo.sync.SyncRunFile;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The transactional work of the registry-sync job's steps; the batch artifacts only call these. */
@ApplicationScoped
public class SyncSteps {

    private static final int FLUSH_EVERY = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Checks the run's file against the current tree. A refused file records its errors and changes
     * nothing else; an accepted one records its change set. A resumed run was validated already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean validate(long runId) throws IOException {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run.isValidated()) {
            return true;
        }
        run.validating();
        byte[] content = em.find(SyncRunFile.class, runId).getContent();
        Charset declared = run.getCharset() == null ? null : Charset.forName(run.getCharset());
        RegistryFile.Parsed parsed = RegistryFile.read(new ByteArrayInputStream(content), declared);
        Map<String, OrgSnapshot> current = currentTree();
        List<RegistryError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            errors.addAll(RegistryValidator.validate(parsed.rows(), current));
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> em.persist(new SyncRunError(runId, e)));
            run.invalid(parsed.rows().size(), errors.size(), parsed.charset(), clock.instant());
            return false;
        }
        List<Change> changes = ChangeSet.compute(parsed.rows(), current);
        for (int i = 0; i < changes.size(); i++) {
            em.persist(new SyncRunChange(runId, i, changes.get(i)));
            if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
                em.flush();
                em.clear();
            }
        }
        run = em.merge(run);
        run.validated(parsed.rows().size(), parsed.charset(), changes.stream().map(Change::type).toList());
        return true;
    }

    /** Ids and sequence numbers of the next unapplied changes after {@code lastSeq}. */
    @Transactional
    public List<long[]> unappliedAfter(long runId, int lastSeq, int max) {
        return em.createQuery("SELECT c.id, c.seq FROM SyncRunChange c WHERE c.runId = :r AND c.applied = false AND c.seq > :s ORDER BY c.seq", Object[].class)
                .setParameter("r", runId)
                .setParameter("s", lastSeq)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> new long[]{(Long) row[0], ((Number) row[1]).longValue()})
                .toList();
    }

    /** Audited here directly: the shared lib cannot see the EJB module's AuditTrail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId, BatchStatus batchStatus, String exitStatus) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run.getStatus() == RunStatus.INVALID) {
            em.persist(new AuditEntry(clock.instant(), run.getStartedBy(), "REGISTRY_SYNC_REFUSED", "SYNC_RUN", String.valueOf(runId),
                    run.getErrorCount() + " errors in " + run.getFileName(), "system"));
            return;
        }
        // In afterJob a job that ran to its end is still STARTED: what was applied tells how it ended.
        RunStatus outcome = switch (batchStatus) {
            case STOPPED, STOPPING -> RunStatus.STOPPED;
            case FAILED, ABANDONED -> RunStatus.FAILED;
            default -> run.getAppliedCount() >= run.getChangeCount() ? RunStatus.COMPLETED : RunStatus.FAILED;
        };
        run.ended(outcome, clock.instant());
        em.persist(new AuditEntry(clock.instant(), run.getStartedBy(), "REGISTRY_SYNC_" + outcome, "SYNC_RUN", String.valueOf(runId),
                run.getAppliedCount() + "/" + run.getChangeCount() + " changes applied from " + run.getFileName(), "system"));
    }

    private Map<String, OrgSnapshot> currentTree() {
        Map<String, OrgSnapshot> tree = new HashMap<>();
        em.createQuery("SELECT o.code, o.name, o.kind, o.schoolCategory, o.divisionCode, p.code, o.status, s.code"
                        + " FROM Organisation o LEFT JOIN o.parent p LEFT JOIN o.successor s", Object[].class)
                .getResultStream()
                .forEach(r -> tree.put((String) r[0], new OrgSnapshot((String) r[0], (String) r[1], (OrgKind) r[2],
                        (SchoolCategory) r[3], (String) r[4], (String) r[5], (OrgStatus) r[6], (String) r[7])));
        return tree;
    }
}

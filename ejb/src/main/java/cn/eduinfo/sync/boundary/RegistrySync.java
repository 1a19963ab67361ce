package cn.eduinfo.sync.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Mail;
import cn.eduinfo.shared.Node;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.RunFailure;
import cn.eduinfo.sync.ScheduledCheck;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.SyncRunError;
import cn.eduinfo.sync.control.RegistryShare;
import cn.eduinfo.sync.control.RunChangeSet;
import cn.eduinfo.sync.control.ScheduleChecks;
import cn.eduinfo.sync.control.SharedSnapshot;
import cn.eduinfo.sync.control.SyncRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place registry-sync jobs are started, stopped, resumed and queried (Payara ties a job
 * execution to the component that started it). Operators of the MoE information centre (system
 * administrators) drive it; the quarterly timer calls it too.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class RegistrySync {

    private static final Logger LOG = Logger.getLogger(RegistrySync.class.getName());

    public static final String JOB = "registry-sync";
    private static final String WARM_UP_JOB = "batch-warm-up";
    public static final int MAX_FILE_BYTES = 200 * 1024 * 1024;
    /** Who starts the timer's runs, as the runs and the audit name it. */
    public static final String SCHEDULE = "schedule";

    @PersistenceContext
    EntityManager em;

    /** Changes applied per transaction (and checkpoint) of the apply step. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.range-size", defaultValue = "50000")
    int rangeSize;

    /** A run adding at least this many units, and no fewer than the tree holds (a first load), is applied in one bulk load. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.bulk-load-adds", defaultValue = "100000")
    int bulkLoadAdds;

    @Inject
    SyncRuns runs;

    @Inject
    RunChangeSet changeSet;

    @Inject
    RegistryShare share;

    @Inject
    ScheduleChecks checks;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /**
     * The most a registry file may hold, for operators only: an API client asks before it reads a
     * body, so that nobody else makes the server hold one (up to 200 MB each) only to be refused.
     */
    public int maxFileBytes() {
        return MAX_FILE_BYTES;
    }

    /** Stores the file and starts a run; the file is checked by the job, which reports every problem by line. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary upload(String fileName, byte[] content, String declaredCharset) {
        return start(fileName, content, declaredCharset, SyncRun.Trigger.UPLOAD, context.getCallerPrincipal().getName(), null);
    }

    /**
     * The quarterly timer's look at the registry's share: runs the snapshot it finds, once. A content the
     * schedule has run already (by its SHA-256, whatever the file is named) is skipped, so a timer firing
     * again starts nothing twice, and a registry that shares each quarter under the same name is still
     * run; so is the file the last completed run applied (an operator uploaded the share by hand). What it
     * found is recorded for the sync page; a share that could not be read, or whose run was refused, is
     * e-mailed to the system administrators, once a day while it fails the same way. None without a
     * configured source. Open to the timer, which calls with no principal (Payara maps none to a
     * {@code @RunAs} role): it takes nothing from its caller.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ScheduledCheck> runShared() {
        Optional<String> source = share.source();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Optional<ScheduledCheck> previous = checks.last();
        ScheduledCheck check = look(source.get());
        checks.record(check);
        if (check.isNewFailureAfter(previous.orElse(null))) {
            Mail.sendLater(em.createNamedQuery(Account.EMAILS_OF_ROLE, String.class).setParameter("role", Role.SYSTEM_ADMIN).getResultList(),
                    "定时机构数据同步未能开始", check.failureMail(source.get()), Map.of("X-Eduinfo-Sync-Check", check.outcome().name()));
        }
        return Optional.of(check);
    }

    private ScheduledCheck look(String source) {
        Instant at = clock.instant();
        Optional<SharedSnapshot> shared;
        try {
            shared = share.read(MAX_FILE_BYTES);
        } catch (IOException | RuntimeException unreadable) {
            return ScheduledCheck.failed(at, Node.name(), unreadable.toString());
        }
        if (shared.isEmpty()) {
            return ScheduledCheck.nothingShared(at, Node.name(), source);
        }
        String name = shared.get().fileName();
        String digest = sha256(shared.get().content());
        Optional<Long> earlier = runs.scheduledRunOf(digest).or(() -> runs.lastCompletedOf(shared.get().content()));
        if (earlier.isPresent()) {
            return ScheduledCheck.alreadyRun(at, Node.name(), earlier.get());
        }
        try {
            return ScheduledCheck.started(at, Node.name(), start(name, shared.get().content(), null, SyncRun.Trigger.SCHEDULE, SCHEDULE, digest).id(), name);
        } catch (DomainException refused) {
            return ScheduledCheck.refused(at, Node.name(), refused.key());
        } catch (EJBException claimed) {
            // Another instance of the group, firing at the same moment, inserted the run first (unique digest).
            return runs.scheduledRunOf(digest).map(run -> ScheduledCheck.alreadyRun(at, Node.name(), run)).orElseThrow(() -> claimed);
        }
    }

    /** Where the quarterly timer takes the registry's snapshots from, and what it last found there. */
    public ScheduledSync schedule() {
        return new ScheduledSync(share.source().orElse(null), checks.last().orElse(null));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private RunSummary start(String fileName, byte[] content, String declaredCharset, SyncRun.Trigger trigger, String by, String digest) {
        if (content == null || content.length == 0) {
            throw new DomainException("sync.emptyFile");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new DomainException("sync.fileTooLarge", MAX_FILE_BYTES / 1024 / 1024);
        }
        if (declaredCharset != null && !declaredCharset.isBlank() && !Charset.isSupported(declaredCharset)) {
            throw new DomainException("sync.unknownCharset", declaredCharset);
        }
        String charset = declaredCharset == null || declaredCharset.isBlank() ? null : declaredCharset;
        long start = System.nanoTime();
        long runId = runs.create(fileName == null || fileName.isBlank() ? "registry.csv" : fileName, charset, content, trigger, by, digest);
        long stored = System.nanoTime();
        launch(runId, by);
        long launched = System.nanoTime();
        LOG.info(() -> "registry sync run " + runId + ": " + content.length / 1024 + " KB stored in " + (stored - start) / 1_000_000
                + " ms, job started in " + (launched - stored) / 1_000_000 + " ms");
        return find(runId);
    }

    /**
     * Stops the run after its current range. A job execution can be stopped only on the instance that
     * runs it: a run another instance of the group executes is asked to stop, and that instance stops
     * it when it next looks ({@link #stopRequestedHere}, within eduinfo.sync.watch-every).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary stop(long runId) {
        SyncRun run = load(runId);
        Optional<Long> execution = executionOf(runId);
        if (execution.isPresent()) {
            operator().stop(execution.get());
            audit.record("REGISTRY_SYNC_STOPPED", "SYNC_RUN", runId, "execution " + execution.get());
            return RunSummary.of(run);
        }
        runs.requestStop(runId);
        audit.record("REGISTRY_SYNC_STOP_REQUESTED", "SYNC_RUN", runId, "executed by " + run.getNode());
        return find(runId);
    }

    /**
     * Stops this instance's executions of the runs an operator asked to stop on another instance. Open
     * to the watch (SyncRecovery), which calls with no principal: it takes nothing from its caller.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stopRequestedHere() {
        for (long runId : runs.toBeStoppedHere()) {
            executionOf(runId).ifPresent(execution -> {
                operator().stop(execution);
                LOG.info(() -> "registry sync run " + runId + ": stopped, as an operator asked on another instance (execution " + execution + ")");
            });
        }
    }

    /** The running execution of a run on this instance, found by its parameters: the run row is the job's to update. */
    private static Optional<Long> executionOf(long runId) {
        return runningExecutions().stream()
                .filter(e -> Long.toString(runId).equals(operator().getParameters(e).getProperty("runId")))
                .findFirst();
    }

    private static List<Long> runningExecutions() {
        try {
            return operator().getRunningExecutions(JOB);
        } catch (NoSuchJobException neverStarted) {
            return List.of();
        }
    }

    /** A stopped, failed or abandoned run goes on where it stopped: a new execution applies what is left. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary resume(long runId) {
        runs.resume(runId);
        launch(runId, context.getCallerPrincipal().getName());
        return find(runId);
    }

    /**
     * Starts the job that does nothing (batch-warm-up.xml), so that the batch runtime's first start in
     * this JVM is not an operator's. Open to SyncRecovery's timer, which calls with no principal; a
     * refusal is only logged: the registry sync's own start reports its failures.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void warmUp() {
        try {
            operator().start(WARM_UP_JOB, new Properties());
        } catch (RuntimeException refused) {
            LOG.log(Level.WARNING, "the batch runtime could not start its warm-up job", refused);
        }
    }

    /** @param by who starts it, as the audit names them: the operator, or the schedule */
    private void launch(long runId, String by) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("rangeSize", Integer.toString(rangeSize));
        parameters.setProperty("bulkLoadAdds", Integer.toString(bulkLoadAdds));
        long execution;
        try {
            execution = operator().start(JOB, parameters);
        } catch (RuntimeException refused) { // JobStartException, or the runtime's own (its repository unreachable)
            LOG.log(Level.SEVERE, "registry sync run " + runId + ": its job could not be started", refused);
            RunFailure why = RunFailure.notStarted(refused);
            runs.notStarted(runId, why);
            audit.recordAs(by, "REGISTRY_SYNC_NOT_STARTED", "SYNC_RUN", runId, why.args().get(0));
            throw new DomainException("sync.notStarted");
        }
        audit.recordAs(by, "REGISTRY_SYNC_STARTED", "SYNC_RUN", runId, "execution " + execution);
    }

    public List<RunSummary> list() {
        return em.createQuery("SELECT r FROM SyncRun r ORDER BY r.createdAt DESC, r.id DESC", SyncRun.class)
                .setMaxResults(100).getResultList().stream().map(RunSummary::of).toList();
    }

    public RunSummary find(long runId) {
        return RunSummary.of(load(runId));
    }

    public List<ChangeLine> changes(long runId, ChangeType typeOrNull, int first, int max) {
        return changeSet.page(load(runId), typeOrNull, Math.max(0, first), Math.max(0, Math.min(max, 1000)));
    }

    public long countChanges(long runId, ChangeType typeOrNull) {
        return changeSet.count(load(runId), typeOrNull);
    }

    public List<ErrorLine> errors(long runId) {
        load(runId);
        return em.createQuery("SELECT e FROM SyncRunError e WHERE e.runId = :r ORDER BY e.line, e.id", SyncRunError.class)
                .setParameter("r", runId).setMaxResults(10_000).getResultList().stream().map(ErrorLine::of).toList();
    }

    private SyncRun load(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null) {
            throw new OutOfScopeException();
        }
        return run;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}

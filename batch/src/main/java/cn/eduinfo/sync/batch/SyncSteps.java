package cn.eduinfo.sync.batch;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.Role;
import cn.eduinfo.audit.AuditEntry;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Node;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeSet;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.FileReading;
import cn.eduinfo.sync.FreshUploads;
import cn.eduinfo.sync.RegistryError;
import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.RegistryValidator;
import cn.eduinfo.sync.RunFailure;
import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.Skeleton;
import cn.eduinfo.sync.SnapshotDelta;
import cn.eduinfo.sync.StoredFile;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.SyncRunError;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The transactional work of the registry-sync job's steps; the batch artifacts only call these. */
@ApplicationScoped
public class SyncSteps {

    private static final Logger LOG = Logger.getLogger(SyncSteps.class.getName());
    /** A run that applied this many changes refreshes the planner statistics of the tree's tables. */
    private static final int ANALYZE_AFTER = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FreshUploads uploads;

    @Inject
    HeldChangeSets held;

    @Inject
    Event<ScheduledRunMail.Ended> scheduledRunEnded;

    /** Sends the change set's COPY chunks while the next is encoded (CopyBinary). */
    @Resource
    ManagedThreadFactory threads;

    /** This instance executes the run from now on, with a fresh heartbeat (SyncRecovery on the others). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void start(long runId) {
        em.find(SyncRun.class, runId).runBy(Node.name(), Node.now());
    }

    /**
     * Checks the run's file against the current tree. A refused file records its errors and changes
     * nothing else; an accepted one records its change set, but for a first load's additions (see
     * {@link SyncRun#loadInBulkIf}), which are held in memory for the apply step and recorded as their
     * units' ADDED events: storing them too would cost as much as loading them. A resumed run was
     * validated already; a bulk load's change set, gone with the execution that held it, is worked
     * out again from the stored file (the tree is as it was: a bulk load is all or nothing).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean validate(long runId, int bulkLoadAdds) throws IOException, SQLException {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run.isValidated()) {
            if (run.isBulkLoad() && run.getAppliedThrough() < 0 && !held.holds(runId)) {
                held.hold(runId, again(run));
            }
            return true;
        }
        run.validating();
        Stopwatch time = new Stopwatch();
        Optional<FreshUploads.Upload> upload = uploads.take(runId);
        byte[] content = upload.map(FreshUploads.Upload::content).orElseGet(() -> StoredFile.read(em, runId));
        time.lap("file");
        Charset declared = run.getCharset() == null ? null : Charset.forName(run.getCharset());
        Optional<LastApplied> last = declared == null || declared.equals(StandardCharsets.UTF_8)
                ? LastApplied.before(em, runId, uploads) : Optional.empty();
        Optional<SnapshotDelta.Read> delta = last.flatMap(l -> readAgainst(upload, content, l, time));
        Checked file = delta.isPresent() ? against(delta.get(), time)
                : inFull(upload.map(FreshUploads.Upload::inFull).orElseGet(() -> FileReading.begin(content, declared)), time);
        run.readAgainst(delta.isPresent() ? last.get().run().getId() : null, file.rows().size(), SnapshotDelta.RULES);
        List<RegistryError> errors = new ArrayList<>(file.errors());
        CurrentTree tree = file.tree();
        // Both only read the rows and the tree: the change set is worked out on a second core while the
        // checks run, and dropped if they refuse the file.
        CompletableFuture<List<Change>> computing = errors.isEmpty()
                ? CompletableFuture.supplyAsync(() -> ChangeSet.compute(file.rows(), file.whole(), tree.units())) : null;
        if (errors.isEmpty()) {
            errors.addAll(RegistryValidator.validate(file.rows(), file.whole(), tree.units()));
        }
        time.lap("checks (beside the change set)");
        if (!errors.isEmpty()) {
            errors.forEach(e -> em.persist(new SyncRunError(runId, e)));
            run.invalid(file.rowCount(), errors.size(), file.charset(), clock.instant());
            return false;
        }
        List<Change> changes = computing.join();
        time.lap("change set");
        List<PlacedChange> placed = placed(changes, tree);
        run.validated(file.rowCount(), file.charset(), changes.stream().map(Change::type).toList());
        time.lap("placed");
        Connection connection = em.unwrap(Connection.class);
        boolean bulk = SqlDialect.copyConnection(connection).isPresent() && run.loadInBulkIf(bulkLoadAdds, this::unitsInTree);
        // The change set begins with its additions (ChangeSet's order): a bulk load stores what follows them.
        int stored = bulk ? run.getAdded() : 0;
        time.lap("stored by " + ChangeRows.insert(connection, threads, runId, placed.subList(stored, placed.size()), stored)
                + (bulk ? " (all but the additions, loaded in bulk)" : ""));
        if (bulk) {
            held.hold(runId, placed);
        }
        LOG.info(() -> "registry sync run " + runId + ": " + file.rowCount() + " rows (" + file.rows().size() + " compared), "
                + changes.size() + " changes; " + time);
        uploads.keep(runId, content);
        run.heartbeat(Node.now());
        return true;
    }

    /** The change set with the ids of new units drawn, and each addition placed under its parent. */
    private List<PlacedChange> placed(List<Change> changes, CurrentTree tree) throws SQLException {
        long[] newIds = ChangeRows.ids(em.unwrap(Connection.class), "org_seq", (int) changes.stream().filter(c -> c.type() == ChangeType.ADD).count());
        int[] next = {0};
        return PlacedChange.place(changes, tree, () -> newIds[next[0]++]);
    }

    private long unitsInTree() {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
    }

    /**
     * A validated bulk load's change set, worked out again from its stored file (read in full; the
     * result is the same either way) against the tree, which the load left as it was. Should the tree
     * have changed meanwhile (a hand move while the run stood stopped or abandoned) so that the file no
     * longer passes or yields the counts validated, the run fails rather than load something else.
     */
    private List<PlacedChange> again(SyncRun run) throws SQLException {
        Stopwatch time = new Stopwatch();
        Checked file = inFull(FileReading.begin(StoredFile.read(em, run.getId()), Charset.forName(run.getCharset())), time);
        List<Change> changes = file.errors().isEmpty() ? ChangeSet.compute(file.rows(), file.whole(), file.tree().units()) : List.of();
        if (!run.wasValidatedWith(changes.stream().map(Change::type).toList())
                || !RegistryValidator.validate(file.rows(), file.whole(), file.tree().units()).isEmpty()) {
            LOG.warning(() -> "registry sync run " + run.getId() + ": its file no longer yields the change set it was validated with ("
                    + changes.size() + " changes now)");
            throw new DomainException(RunFailure.FILE_NO_LONGER_FITS, changes.size());
        }
        List<PlacedChange> placed = placed(changes, file.tree());
        time.lap("change set");
        LOG.info(() -> "registry sync run " + run.getId() + ": the bulk load's change set worked out again; " + time);
        return placed;
    }

    /**
     * The file as the checks and the change set take it: the rows to check and compare, the whole
     * file's skeleton, the tree they need, and what reading found wrong.
     */
    private record Checked(List<RegistryRow> rows, Skeleton whole, CurrentTree tree, int rowCount, List<RegistryError> errors,
                           Charset charset) {
    }

    /**
     * The file read against the last snapshot applied: matched against it on a second core as it was
     * uploaded where that file was kept here (FreshUploads), else split there (or here, if the upload's
     * guess was wrong) while this thread asks the database for that snapshot; meanwhile this thread
     * asks for the units to compare again. Plain computation on bytes in memory, no container service.
     */
    private Optional<SnapshotDelta.Read> readAgainst(Optional<FreshUploads.Upload> upload, byte[] content, LastApplied last,
                                                     Stopwatch time) {
        long reference = last.run().getId();
        Optional<CompletableFuture<Optional<SnapshotDelta.Matched>>> begun = upload.flatMap(u -> u.matchedAgainst(reference));
        CompletableFuture<SnapshotDelta.Scan> scanning = begun.isPresent() ? null : upload.map(FreshUploads.Upload::scan)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> SnapshotDelta.scan(content)));
        Set<String> alsoCheck = last.alsoCheck();
        time.lap(alsoCheck.size() + " units to compare again");
        Optional<SnapshotDelta.Matched> matched;
        if (begun.isPresent()) {
            matched = begun.get().join();
            time.lap("matched at the upload against the last snapshot applied");
        } else {
            Optional<SnapshotDelta.Scan> split = uploads.keptScan(reference);
            SnapshotDelta.Scan before = split.orElseGet(() -> SnapshotDelta.scan(last.content()));
            time.lap("last snapshot applied" + (split.isPresent() ? " (split after its run)" : ""));
            matched = SnapshotDelta.match(scanning.join(), before);
            time.lap("matched against it");
        }
        Optional<SnapshotDelta.Read> read = matched.map(m -> m.read(alsoCheck));
        time.lap(read.isPresent() ? "read against it" : "not to be read against it");
        return read;
    }

    /** Only the lines that differ from the last snapshot applied, and only their units of the tree. */
    private Checked against(SnapshotDelta.Read delta, Stopwatch time) throws SQLException {
        CurrentTree tree = CurrentTree.read(em.unwrap(Connection.class), delta.units());
        time.lap("tree (" + delta.units().size() + " units and the authorities)");
        return new Checked(delta.rows(), delta.whole(), tree, delta.rowCount(), delta.errors(), StandardCharsets.UTF_8);
    }

    /**
     * Every line and the whole tree: the file is split, then parsed in halves, on a second core (begun
     * at the upload, FreshUploads) while this thread reads the tree, then takes any half left.
     */
    private Checked inFull(FileReading reading, Stopwatch time) throws SQLException {
        CurrentTree tree = CurrentTree.read(em.unwrap(Connection.class));
        time.lap("tree");
        RegistryFile.Parsed parsed = reading.finish();
        time.lap("parse (beside the tree, in halves on two cores)");
        return new Checked(parsed.rows(), Skeleton.of(parsed.rows()), tree, parsed.rows().size(), parsed.errors(), parsed.charset());
    }

    /** Why a step failed (RunFailure), recorded after its transaction rolled back; the job's end then marks the run FAILED. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failedBecause(long runId, Exception failure) {
        LOG.log(Level.WARNING, "registry sync run " + runId + " failed", failure);
        em.find(SyncRun.class, runId).failedBecause(RunFailure.of(failure));
    }

    /** How far the run's change set is applied: {last applied sequence number, number of changes, 1 for a bulk load}. */
    @Transactional
    public int[] progress(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        return new int[]{run.getAppliedThrough(), run.getChangeCount(), run.isBulkLoad() ? 1 : 0};
    }

    /**
     * After the run's end is committed, housekeeping its outcome does not wait for: the completed run's
     * file split for the next quarter's to be read against (FreshUploads.scanKept); after many changes,
     * fresh planner statistics of the tree's tables, as autovacuum's own analyze would do a minute later;
     * the check of the loaded rows against the foreign keys a bulk load left unchecked
     * ({@link BulkLoad#checkKeys}; also those of a load whose instance died before this ran).
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = SQLException.class)
    public void housekeeping(long runId) throws SQLException {
        Stopwatch time = new Stopwatch();
        Connection connection = em.unwrap(Connection.class);
        SqlDialect dialect = SqlDialect.of(connection);
        SyncRun run = em.find(SyncRun.class, runId);
        if (run.getStatus() == RunStatus.COMPLETED && run.canBeReadAgainst()) {
            uploads.scanKept(runId); // first: no lock of the statements below is held meanwhile
            time.lap("file split and indexed for the next quarter's");
        }
        if (run.getAppliedCount() >= ANALYZE_AFTER) {
            dialect.refreshStatistics(em, BulkLoad.TREE);
            time.lap("statistics refreshed");
        }
        int keys = dialect == SqlDialect.POSTGRES ? BulkLoad.checkKeys(connection, BulkLoad.TREE) : 0;
        time.lap(keys + " foreign keys checked");
        if (keys > 0 || run.getStatus() == RunStatus.COMPLETED) {
            LOG.info(() -> "registry sync run " + runId + ", after its end: " + time);
        }
    }

    /** Audited here directly: the shared lib cannot see the EJB module's AuditTrail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId, BatchStatus batchStatus, String exitStatus) {
        uploads.take(runId); // not validated (stopped while queued): nothing to keep it for
        held.take(runId); // not applied in bulk
        SyncRun run = em.find(SyncRun.class, runId);
        if (run.getNode() != null && !run.getNode().equals(Node.name())) {
            // Given up for dead (stale heartbeat) and resumed elsewhere: the run is that instance's now.
            LOG.warning(() -> "registry sync run " + runId + " is executed by " + run.getNode() + " now: this execution's end is not recorded");
            return;
        }
        if (run.getStatus() == RunStatus.INVALID) {
            em.persist(new AuditEntry(clock.instant(), run.getStartedBy(), "REGISTRY_SYNC_REFUSED", "SYNC_RUN", String.valueOf(runId),
                    run.getErrorCount() + " errors in " + run.getFileName(), "system"));
            tellIfScheduled(run);
            return;
        }
        // In afterJob a job that ran to its end is still STARTED: what was applied tells how it ended.
        RunStatus outcome = switch (batchStatus) {
            case STOPPED, STOPPING -> RunStatus.STOPPED;
            case FAILED, ABANDONED -> RunStatus.FAILED;
            default -> run.getAppliedCount() >= run.getChangeCount() ? RunStatus.COMPLETED : RunStatus.FAILED;
        };
        if (outcome == RunStatus.COMPLETED) {
            run.completed(((Number) em.createNativeQuery(SqlDialect.of(em).nextIds("sync_completed_seq")).setParameter(1, 1)
                    .getSingleResult()).longValue(), clock.instant());
        } else {
            run.ended(outcome, clock.instant());
        }
        em.persist(new AuditEntry(clock.instant(), run.getStartedBy(), "REGISTRY_SYNC_" + outcome, "SYNC_RUN", String.valueOf(runId),
                run.getAppliedCount() + "/" + run.getChangeCount() + " changes applied from " + run.getFileName()
                        + run.getFailure().map(f -> " (" + f.key() + ")").orElse(""), "system"));
        tellIfScheduled(run);
    }

    /** A run the timer started: its end is e-mailed to the system administrators once committed (ScheduledRunMail). */
    private void tellIfScheduled(SyncRun run) {
        if (run.getTrigger() == SyncRun.Trigger.SCHEDULE) {
            List<String> to = em.createNamedQuery(Account.EMAILS_OF_ROLE, String.class).setParameter("role", Role.SYSTEM_ADMIN).getResultList();
            scheduledRunEnded.fire(ScheduledRunMail.Ended.of(run, to));
        }
    }
}

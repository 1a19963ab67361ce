package cn.eduinfo.sync;

import cn.eduinfo.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/** One synchronisation of the tree from a registry snapshot: its progress and its counts. */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    public enum Trigger { UPLOAD, SCHEDULE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_seq")
    @SequenceGenerator(name = "sync_seq", sequenceName = "sync_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(length = 20)
    private String charset;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 10)
    private Trigger trigger;

    @Column(name = "started_by", nullable = false, length = 40)
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status = RunStatus.QUEUED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "change_count", nullable = false)
    private int changeCount;

    @Column(name = "applied_count", nullable = false)
    private int appliedCount;

    /** Every change up to this sequence number is applied (-1: none yet). */
    @Column(name = "applied_through", nullable = false)
    private int appliedThrough = -1;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    /** The run whose file this one's was read against, null when read in full (SnapshotDelta). */
    @Column(name = "read_against")
    private Long readAgainst;

    /** How many rows were parsed and compared with the tree: all of them, unless read against another file. */
    @Column(name = "compared_rows")
    private Integer comparedRows;

    /** The version of the checks its file passed (SnapshotDelta.RULES). */
    @Column(name = "checked_under", length = 20)
    private String checkedUnder;

    /** For a completed run: its place among completions (1, 2, …, from sync_completed_seq). */
    @Column(name = "completed_order")
    private Long completedOrder;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int changed;

    @Column(name = "move_proposed", nullable = false)
    private int moveProposed;

    @Column(nullable = false)
    private int merged;

    @Column(nullable = false)
    private int closed;

    @Column(nullable = false)
    private int reopened;

    /**
     * Applied in one bulk load (BulkLoad, PostgreSQL): its additions are written straight from the change
     * set in memory and recorded only as their units' ADDED events, not as change rows.
     */
    @Column(name = "bulk_load", nullable = false)
    private boolean bulkLoad;

    /** The instance executing the run (null: a row from before V9). */
    @Column(name = "node_name", length = 64)
    private String node;

    /** Real time of the executing instance's last sign of life (see {@link #isAbandonedAt}). */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    /** SHA-256 (hex) of a scheduled run's file: the timer starts a content once (null for an upload). */
    @Column(name = "file_digest", length = 64)
    private String fileDigest;

    /** When an operator on another instance asked to stop it, until it is resumed (see {@link #requestStop}). */
    @Column(name = "stop_requested_at")
    private Instant stopRequestedAt;

    /** Why the run failed (RunFailure), until it is resumed. */
    @Column(name = "failure_key", length = 60)
    private String failureKey;

    @Column(name = "failure_args", length = 1000)
    private String failureArgs;

    @Version
    private int version;

    protected SyncRun() {
    }

    /** {@code charset} as the operator declared it, or null to detect it. */
    public SyncRun(String fileName, Trigger trigger, String startedBy, Instant now, String charset) {
        this(fileName, trigger, startedBy, now, charset, null);
    }

    /** @param fileDigest the file's SHA-256 (hex), kept for a scheduled run (see {@link #getFileDigest}) */
    public SyncRun(String fileName, Trigger trigger, String startedBy, Instant now, String charset, String fileDigest) {
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.charset = charset;
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.createdAt = now;
        this.fileDigest = fileDigest;
    }

    public void validating() {
        status = RunStatus.VALIDATING;
    }

    public void invalid(int rows, int errors, Charset detected, Instant now) {
        status = RunStatus.INVALID;
        totalRows = rows;
        errorCount = errors;
        charset = detected == null ? null : detected.name();
        finishedAt = now;
    }

    /**
     * The file was read against that run's (only {@code rows} of it parsed and compared), or in full
     * (null, all rows), and checked under these rules.
     */
    public void readAgainst(Long run, int rows, String rules) {
        readAgainst = run;
        comparedRows = rows;
        checkedUnder = rules;
    }

    /** The change set is known: counts per kind of change, then the apply step starts. */
    public void validated(int rows, Charset detected, List<ChangeType> changes) {
        totalRows = rows;
        charset = detected.name();
        changeCount = changes.size();
        int[] counts = counts(changes);
        added = counts[0];
        changed = counts[1];
        moveProposed = counts[2];
        merged = counts[3];
        closed = counts[4];
        reopened = counts[5];
        status = RunStatus.APPLYING;
    }

    /**
     * Whether a change set worked out again (a bulk load resumed: SyncSteps) is, kind for kind, the
     * one this run was validated with.
     */
    public boolean wasValidatedWith(List<ChangeType> changes) {
        return changes.size() == changeCount
                && Arrays.equals(counts(changes), new int[]{added, changed, moveProposed, merged, closed, reopened});
    }

    /** The changes of each kind, in the order of the run's counts. */
    private static int[] counts(List<ChangeType> changes) {
        Map<ChangeType, Long> byType = changes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return new int[]{count(byType, ChangeType.ADD), count(byType, ChangeType.CHANGE), count(byType, ChangeType.MOVE_PROPOSED),
                count(byType, ChangeType.MERGE), count(byType, ChangeType.CLOSE), count(byType, ChangeType.REOPEN)};
    }

    /**
     * Whether a later file may be read against this run's (SnapshotDelta): one found to be UTF-8 and
     * checked under today's rules. Only a completed run's file is a reference at all (LastApplied).
     */
    public boolean canBeReadAgainst() {
        return StandardCharsets.UTF_8.name().equals(charset) && SnapshotDelta.RULES.equals(checkedUnder);
    }

    /**
     * Decided once validated: a run that fills a tree for the first time, adding at least
     * {@code threshold} units and no fewer than the tree holds, is applied in one bulk load, which
     * locks the tree's tables until it commits (nobody can use an empty tree yet).
     *
     * @param unitsInTree asked only of a run that adds at least {@code threshold} units
     */
    public boolean loadInBulkIf(int threshold, LongSupplier unitsInTree) {
        bulkLoad = status == RunStatus.APPLYING && added >= threshold && added >= unitsInTree.getAsLong();
        return bulkLoad;
    }

    private static int count(Map<ChangeType, Long> byType, ChangeType type) {
        return byType.getOrDefault(type, 0L).intValue();
    }

    /** The changes up to {@code lastSeq} are applied, {@code count} of them by this step. */
    public void appliedThrough(int lastSeq, int count) {
        if (lastSeq <= appliedThrough) {
            throw new IllegalStateException("changes up to " + appliedThrough + " are applied already");
        }
        appliedThrough = lastSeq;
        appliedCount += count;
    }

    public boolean isApplied(int seq) {
        return seq <= appliedThrough;
    }

    public void ended(RunStatus outcome, Instant now) {
        status = outcome;
        finishedAt = now;
    }

    /** Completed, the {@code order}-th run to complete: the next run reads its file against this one's. */
    public void completed(long order, Instant now) {
        ended(RunStatus.COMPLETED, now);
        completedOrder = order;
    }

    /** A run whose JVM died mid-way: nothing in Jakarta Batch marks it, so the application does. */
    public void abandoned() {
        status = RunStatus.ABANDONED;
    }

    /** Why the run is failing: recorded as a step fails, before the job's end marks the run FAILED. */
    public void failedBecause(RunFailure failure) {
        failureKey = failure.key();
        failureArgs = StoredArgs.join(failure.args());
    }

    /**
     * Its job could not be started (JobOperator.start threw): failed at once, so that the tree is not
     * held by a run nothing executes, and resumable once the cause is fixed.
     */
    public void notStarted(RunFailure why, Instant now) {
        failedBecause(why);
        ended(RunStatus.FAILED, now);
    }

    /** Resumed by an operator: {@code node} executes it from now on. */
    public void resumed(String node, Instant now) {
        status = changeCount > 0 || appliedCount > 0 ? RunStatus.APPLYING : RunStatus.QUEUED;
        finishedAt = null;
        stopRequestedAt = null;
        failureKey = null;
        failureArgs = null;
        runBy(node, now);
    }

    /**
     * An operator on {@code from} asks to stop this run, which another node executes: only there can its
     * job execution be stopped, and that node does so when it next looks (SyncRecovery's watch).
     */
    public void requestStop(String from, Instant now) {
        // A run of {@code from}'s own whose execution {@code from} does not find is not running at all.
        if (!status.isActive() || node == null || from.equals(node)) {
            throw new DomainException("sync.notRunning");
        }
        stopRequestedAt = now;
    }

    /** Whether {@code here} should stop this run's job execution: it executes it, and a stop was asked for elsewhere. */
    public boolean isToBeStoppedBy(String here) {
        return stopRequestedAt != null && status.isActive() && here.equals(node);
    }

    /** {@code node} executes the run (created, resumed, or its job begun there). */
    public void runBy(String node, Instant now) {
        this.node = node;
        this.heartbeatAt = now;
    }

    /** A sign of life, written with the update a range commit or phase change makes anyway. */
    public void heartbeat(Instant now) {
        heartbeatAt = now;
    }

    /**
     * Seen from {@code startingNode} starting up at {@code now}: is this active run cut off? Its own
     * runs are (its JVM died, as it is starting again), and so are another node's whose heartbeat is
     * older than {@code staleAfter} (that node died and did not come back) or that have no node (rows
     * from before V9). Another node's run with a fresh heartbeat is being applied: left alone.
     */
    public boolean isAbandonedAt(String startingNode, Instant now, Duration staleAfter) {
        return status.isActive() && (node == null || heartbeatAt == null || node.equals(startingNode) || isStaleAt(now, staleAfter));
    }

    /**
     * Seen from {@code liveNode}, running, at {@code now}: is this active run another node's that
     * stopped beating (that node died, the rest of the group lives on)? Its own runs and runs without
     * a node are for its next start to judge: a job of its own may be running right now.
     */
    public boolean isCutOffSeenFrom(String liveNode, Instant now, Duration staleAfter) {
        return status.isActive() && node != null && heartbeatAt != null && !node.equals(liveNode) && isStaleAt(now, staleAfter);
    }

    private boolean isStaleAt(Instant now, Duration staleAfter) {
        return heartbeatAt.plus(staleAfter).isBefore(now);
    }

    public boolean isValidated() {
        return status == RunStatus.APPLYING || (status.canResume() && changeCount > 0);
    }

    /** 0–100 for the progress bar. */
    public int getProgress() {
        if (status == RunStatus.COMPLETED) {
            return 100;
        }
        return changeCount == 0 ? 0 : Math.min(99, appliedCount * 100 / changeCount);
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getCharset() { return charset; }
    public Trigger getTrigger() { return trigger; }
    public String getStartedBy() { return startedBy; }
    public RunStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getTotalRows() { return totalRows; }
    public int getChangeCount() { return changeCount; }
    public int getAppliedCount() { return appliedCount; }
    public int getAppliedThrough() { return appliedThrough; }
    public int getErrorCount() { return errorCount; }
    public Long getReadAgainst() { return readAgainst; }
    public Integer getComparedRows() { return comparedRows; }
    public Long getCompletedOrder() { return completedOrder; }
    public String getCheckedUnder() { return checkedUnder; }
    public int getAdded() { return added; }
    public boolean isBulkLoad() { return bulkLoad; }
    public int getChanged() { return changed; }
    public int getMoveProposed() { return moveProposed; }
    public int getMerged() { return merged; }
    public int getClosed() { return closed; }
    public int getReopened() { return reopened; }
    public String getNode() { return node; }
    public Instant getHeartbeatAt() { return heartbeatAt; }
    public Instant getStopRequestedAt() { return stopRequestedAt; }
    public int getVersion() { return version; }
    public String getFileDigest() { return fileDigest; }

    /** Why the run failed, if it did and has not been resumed since. */
    public Optional<RunFailure> getFailure() {
        return failureKey == null ? Optional.empty() : Optional.of(new RunFailure(failureKey, StoredArgs.split(failureArgs)));
    }
}

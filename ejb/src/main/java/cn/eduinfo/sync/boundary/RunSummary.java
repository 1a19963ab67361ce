package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.RunFailure;
import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.SyncRun;
import java.io.Serializable;
import java.time.Instant;

/**
 * A run as the operator's screen and the API show it; {@code node} is the instance executing (or last
 * executing) it; {@code readAgainst} the run whose file its own was read against, with
 * {@code comparedRows} of its rows compared with the tree (null: read in full); {@code bulkLoad} a
 * first load, whose additions are listed from their units' events once it is applied; {@code failure}
 * why a failed run failed (null otherwise); {@code stopRequestedAt} when an operator on another instance
 * asked to stop it (null otherwise), which {@code node} does after the range it is applying.
 */
public record RunSummary(long id, String fileName, String charset, String trigger, String startedBy, RunStatus status,
                         Instant createdAt, Instant finishedAt, int totalRows, int changeCount, int appliedCount,
                         int errorCount, int added, int changed, int moveProposed, int merged, int closed, int reopened,
                         int progress, String node, Instant heartbeatAt, Long readAgainst, Integer comparedRows,
                         boolean bulkLoad, RunFailure failure, Instant stopRequestedAt)
        implements Serializable {

    public static RunSummary of(SyncRun r) {
        return new RunSummary(r.getId(), r.getFileName(), r.getCharset(), r.getTrigger().name(), r.getStartedBy(),
                r.getStatus(), r.getCreatedAt(), r.getFinishedAt(), r.getTotalRows(), r.getChangeCount(),
                r.getAppliedCount(), r.getErrorCount(), r.getAdded(), r.getChanged(), r.getMoveProposed(),
                r.getMerged(), r.getClosed(), r.getReopened(), r.getProgress(),
                r.getNode(), r.getHeartbeatAt(), r.getReadAgainst(), r.getComparedRows(), r.isBulkLoad(),
                r.getFailure().orElse(null), r.getStopRequestedAt());
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** A stop asked for on another instance, which the instance executing the run has yet to carry out. */
    public boolean isStopRequested() {
        return stopRequestedAt != null && isActive();
    }

    public boolean isResumable() {
        return status.canResume();
    }
}

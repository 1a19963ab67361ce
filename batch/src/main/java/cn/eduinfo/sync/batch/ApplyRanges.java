package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Step 2 reader: the ranges of the change set still to apply, as {first, last, bulk} sequence
 * numbers. Where to start is read from the run (what is committed as applied), not from the
 * checkpoint, so a run resumed after a crash between a commit and its checkpoint still applies each
 * range once. A bulk load (SyncRun.loadInBulkIf, decided by validate) is one range: all or nothing,
 * like any range.
 */
@Named
@Dependent
public class ApplyRanges extends AbstractItemReader {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String rangeSize;

    @Inject
    SyncSteps steps;

    private int next;
    private int changeCount;
    private boolean bulk;

    @Override
    public void open(Serializable checkpoint) {
        int[] progress = steps.progress(Long.parseLong(runId));
        next = progress[0] + 1;
        changeCount = progress[1];
        bulk = progress[2] == 1;
    }

    @Override
    public Object readItem() {
        if (next >= changeCount) {
            return null;
        }
        int size = bulk ? changeCount : Integer.parseInt(rangeSize);
        int[] range = {next, Math.min(changeCount, next + size) - 1, bulk ? 1 : 0};
        next = range[1] + 1;
        return range;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}

package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Step 2 reader: the ranges of the change set still to apply, as the first sequence number of each.
 * Where to start is read from the run (what is committed as applied), not from the checkpoint, so a
 * run resumed after a crash between a commit and its checkpoint still applies each range once.
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

    @Override
    public void open(Serializable checkpoint) {
        int[] progress = steps.progress(Long.parseLong(runId));
        next = progress[0] + 1;
        changeCount = progress[1];
    }

    @Override
    public Object readItem() {
        if (next >= changeCount) {
            return null;
        }
        int[] range = {next, Math.min(changeCount, next + Integer.parseInt(rangeSize)) - 1};
        next = range[1] + 1;
        return range;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}

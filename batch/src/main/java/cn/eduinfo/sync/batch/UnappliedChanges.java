package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Step 2 reader: the ids of the run's changes not yet applied, in order; the checkpoint is the last sequence read. */
@Named
@Dependent
public class UnappliedChanges extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    SyncSteps steps;

    private int lastSeq = -1;
    private final Deque<long[]> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastSeq = checkpoint == null ? -1 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(steps.unappliedAfter(Long.parseLong(runId), lastSeq, PAGE));
            if (page.isEmpty()) {
                return null;
            }
        }
        long[] idAndSeq = page.poll();
        lastSeq = (int) idAndSeq[1];
        return idAndSeq[0];
    }

    @Override
    public Serializable checkpointInfo() {
        return lastSeq;
    }
}

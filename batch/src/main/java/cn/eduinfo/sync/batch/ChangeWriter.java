package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Step 2 writer: applies a chunk of changes inside the chunk's transaction. */
@Named
@Dependent
public class ChangeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    ChangeApplier applier;

    @Override
    public void writeItems(List<Object> changeIds) {
        applier.apply(Long.parseLong(runId), changeIds.stream().map(id -> (Long) id).toList());
    }
}

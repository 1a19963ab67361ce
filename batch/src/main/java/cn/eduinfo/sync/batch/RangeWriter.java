package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.List;

/** Step 2 writer: applies ranges of changes inside the chunk's transaction. */
@Named
@Dependent
public class RangeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    RangeApplier applier;

    @Override
    public void writeItems(List<Object> ranges) throws SQLException {
        for (Object range : ranges) {
            int[] seqs = (int[]) range;
            applier.apply(Long.parseLong(runId), seqs[0], seqs[1], seqs[2] == 1);
        }
    }
}

package cn.eduinfo.sync.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 1: parse and check the snapshot, and compute its change set (or list why it is refused). */
@Named
@Dependent
public class ValidateSnapshot extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;

    /** Additions from which a run that fills a tree for the first time is loaded in bulk (SyncRun.loadInBulkIf). */
    @Inject
    @BatchProperty
    String bulkLoadAdds;

    @Inject
    SyncSteps steps;

    @Override
    public String process() throws Exception {
        return steps.validate(Long.parseLong(runId), Integer.parseInt(bulkLoadAdds)) ? "VALID" : "INVALID";
    }
}

package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records how the run ended (completed, stopped, failed) unless validation already refused it. */
@Named
@Dependent
public class SyncRunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    SyncSteps steps;

    @Override
    public void afterJob() {
        steps.finish(Long.parseLong(runId), job.getBatchStatus(), job.getExitStatus());
    }
}

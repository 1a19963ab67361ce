package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records which instance executes the run as its job begins (the batch runtime may have queued it),
 * and how the run ended (completed, stopped, failed) unless validation already refused it.
 */
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
    public void beforeJob() {
        steps.start(Long.parseLong(runId));
    }

    @Override
    public void afterJob() {
        steps.finish(Long.parseLong(runId), job.getBatchStatus(), job.getExitStatus());
        steps.refreshStatistics(Long.parseLong(runId));
    }
}

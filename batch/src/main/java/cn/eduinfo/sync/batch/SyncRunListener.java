package cn.eduinfo.sync.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records which instance executes the run as its job begins (the batch runtime may have queued it),
 * and how the run ended (completed, stopped, failed) unless validation already refused it.
 */
@Named
@Dependent
public class SyncRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(SyncRunListener.class.getName());

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
        try {
            steps.housekeeping(Long.parseLong(runId));
        } catch (SQLException | RuntimeException e) {
            // The run's outcome is recorded already; a key whose rows fail stays enforced on new rows.
            LOG.log(Level.SEVERE, "registry sync run " + runId + ": housekeeping after its end failed", e);
        }
    }
}

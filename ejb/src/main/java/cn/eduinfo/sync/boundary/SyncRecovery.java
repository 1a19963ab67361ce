package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.control.SyncRuns;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * A JVM killed during a run leaves its job execution STARTED for ever (nothing in Jakarta Batch
 * marks it): at startup such runs are marked abandoned, and an operator resumes them. In a
 * deployment group only this instance's runs and those of instances that stopped beating are.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class SyncRecovery {

    private static final Logger LOG = Logger.getLogger(SyncRecovery.class.getName());

    @Inject
    SyncRuns runs;

    @PostConstruct
    void markAbandonedRuns() {
        SyncRuns.Recovery outcome = runs.markAbandoned();
        if (outcome.abandoned() > 0) {
            LOG.warning(() -> outcome.abandoned() + " registry sync run(s) were cut off by a stop of the server and can be resumed");
        }
        if (outcome.leftToLiveInstances() > 0) {
            LOG.info(() -> outcome.leftToLiveInstances() + " registry sync run(s) left to the live instance(s) running them");
        }
        // The batch runtime sets itself up on first use (about a second): here, not in an operator's first upload.
        BatchRuntime.getJobOperator().getJobNames();
    }
}

package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.control.SyncRuns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A JVM killed during a run leaves its job execution STARTED for ever (nothing in Jakarta Batch
 * marks it): at startup such runs are marked abandoned, and an operator resumes them. In a
 * deployment group only this instance's runs and those of instances that stopped beating are; and
 * every live instance watches for the latter, so that an instance that dies and stays down does not
 * hold the tree until it comes back; and for stops of its own runs that operators asked for on
 * another instance. It also has the batch runtime start a job that does nothing as the server comes
 * up (batch-warm-up.xml), so that an operator's first run does not wait for its first start.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class SyncRecovery {

    private static final Logger LOG = Logger.getLogger(SyncRecovery.class.getName());
    private static final String WATCH = "registry-sync-watch";
    private static final String WARM_UP = "batch-warm-up";

    @Inject
    SyncRuns runs;

    @Inject
    RegistrySync sync;

    @Resource
    TimerService timers;

    /** How often this instance looks for runs of dead instances, and for stops asked on others (ISO-8601; the ITs look every two seconds). */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.watch-every", defaultValue = "PT10S")
    String watchEvery;

    @PostConstruct
    void markAbandonedRuns() {
        SyncRuns.Recovery outcome = runs.markAbandonedAtStart();
        report(outcome);
        if (outcome.leftToLiveInstances() > 0) {
            LOG.info(() -> outcome.leftToLiveInstances() + " registry sync run(s) left to the live instance(s) running them");
        }
        // Each instance watches on its own (not persistent): a dead instance's timer would die with it.
        long every = Duration.parse(watchEvery).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(WATCH, false));
        // The batch runtime sets itself up on first use (about a second), and loads what starting a job
        // needs on the first start: both here, not in an operator's first upload. The start waits for a
        // timer because a job submitted while the application deploys may not run (Payara issue 204).
        BatchRuntime.getJobOperator().getJobNames();
        timers.createSingleActionTimer(1, new TimerConfig(WARM_UP, false));
    }

    @Timeout
    void onTimer(Timer timer) {
        if (WARM_UP.equals(timer.getInfo())) {
            sync.warmUp();
            return;
        }
        report(runs.markRunsOfDeadInstances());
        sync.stopRequestedHere();
    }

    private static void report(SyncRuns.Recovery outcome) {
        if (outcome.abandoned() > 0) {
            LOG.warning(() -> outcome.abandoned() + " registry sync run(s) were cut off by a stop of their instance and can be resumed");
        }
    }
}

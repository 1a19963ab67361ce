package cn.eduinfo.sync.boundary;

import cn.eduinfo.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the registry sync on the quarterly sharing date (calendar from MicroProfile Config) from the
 * registry's URL or the drop directory, if one is configured (RegistrySync.startScheduled). A firing that finds another run
 * going (an operator's upload) starts nothing and says so in the log.
 */
@Singleton
@Startup
public class SyncSchedule {

    private static final Logger LOG = Logger.getLogger(SyncSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RegistrySync sync;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.months", defaultValue = "1,4,7,10")
    String months;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.day-of-month", defaultValue = "20")
    String dayOfMonth;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.hour", defaultValue = "2")
    String hour;

    /** With {@code second}: at 02:00:00 by default; the ITs fire it every two seconds. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.minute", defaultValue = "0")
    String minute;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.second", defaultValue = "0")
    String second;

    @PostConstruct
    void schedule() {
        // Created anew at each start from the configuration; the run itself is claimed in the database.
        timers.createCalendarTimer(new ScheduleExpression().month(months).dayOfMonth(dayOfMonth).hour(hour).minute(minute).second(second)
                .timezone("Asia/Shanghai"), new TimerConfig("registry-sync", false));
    }

    @Timeout
    void quarterly() {
        try {
            sync.startScheduled().ifPresent(run -> LOG.info(() -> "scheduled registry sync started: run " + run.id()));
        } catch (DomainException refused) {
            LOG.warning(() -> "scheduled registry sync not started: " + refused.key());
        } catch (IOException e) {
            LOG.warning(() -> "scheduled registry sync not started: its source cannot be read: " + e);
        }
    }
}

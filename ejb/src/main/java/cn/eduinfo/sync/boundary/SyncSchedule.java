package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.ScheduledCheck;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks at the registry's share (its URL or the drop directory, if one is configured) on the quarterly
 * sharing date and runs what it finds, once (RegistrySync.runShared). By default every hour from 02:00 to
 * 23:00 of that day (calendar from MicroProfile Config), so that a snapshot shared late in the day, a
 * registry unreachable at two, or a run refused while an operator's own is going, is still run that day.
 */
@Singleton
@Startup
@DependsOn("Migrations") // it records each look: its first firing must find the schema
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
    @ConfigProperty(name = "eduinfo.sync.hour", defaultValue = "2-23")
    String hour;

    /** With {@code second}: on the hour by default; the ITs fire it every two seconds. */
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
        sync.runShared().ifPresent(check -> LOG.log(level(check.outcome()),
                () -> "scheduled registry sync: " + check.outcome() + (check.runId() == null ? "" : " run " + check.runId())
                        + (check.detail() == null ? "" : ": " + check.detail())));
    }

    /** A start or a failure is news; finding nothing new, each hour of the sharing date, is not. */
    private static Level level(ScheduledCheck.Outcome outcome) {
        return outcome.isFailure() ? Level.WARNING : outcome == ScheduledCheck.Outcome.STARTED ? Level.INFO : Level.FINE;
    }
}

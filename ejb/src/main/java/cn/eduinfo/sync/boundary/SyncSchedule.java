package cn.eduinfo.sync.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the registry sync on the quarterly sharing date (calendar from MicroProfile Config), from
 * the configured drop directory. Disabled while no directory is configured.
 */
@Singleton
@Startup
@RunAs("SYSTEM_ADMIN")
@DeclareRoles("SYSTEM_ADMIN")
public class SyncSchedule {

    private static final Logger LOG = Logger.getLogger(SyncSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RegistrySync sync;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.drop-dir")
    Optional<String> dropDirectory;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.months", defaultValue = "1,4,7,10")
    String months;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.day-of-month", defaultValue = "20")
    String dayOfMonth;

    @Inject
    @ConfigProperty(name = "eduinfo.sync.hour", defaultValue = "2")
    String hour;

    @PostConstruct
    void schedule() {
        if (dropDirectory.isEmpty() || dropDirectory.get().isBlank()) {
            return;
        }
        // Created anew at each start from the configuration; the run itself is claimed in the database.
        timers.createCalendarTimer(new ScheduleExpression().month(months).dayOfMonth(dayOfMonth).hour(hour)
                .timezone("Asia/Shanghai"), new TimerConfig("registry-sync", false));
    }

    @Timeout
    void quarterly() throws IOException {
        sync.startFromDropDirectory(Path.of(dropDirectory.orElseThrow()))
                .ifPresent(run -> LOG.info(() -> "scheduled registry sync started: run " + run.id()));
    }
}

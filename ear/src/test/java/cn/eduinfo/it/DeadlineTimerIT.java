package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The deadlines' timer fires every minute (DeadlineSchedule). Payara tries a failed firing once more five
 * seconds later and then, by default, drops the timer: no deadline would be applied again until the
 * application is deployed anew. server-config sets reschedule-failed-timer, so that it fires at its next minute.
 */
class DeadlineTimerIT extends ItBase {

    /** Every firing reads the claimed deadlines first (Deadlines.runDue). */
    private static final String READS = "SELECT seq_scan + COALESCE(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = 'deadline_run'";

    /**
     * The ITs' schema is wiped whenever the application starts (clean-on-start), after Payara stored the
     * deployment's timer: kept through the wiping, so that undeploying cancels it (earlier deployments'
     * are gone). Lost, it went on firing after the next deploy into a container that no longer knew it.
     */
    @Test
    void theDeploymentsTimerIsStoredAndOnlyItsOwn() {
        base();
        assertEquals(1, Database.count("SELECT COUNT(*) FROM \"EJB__TIMER__TBL\""), "the deadlines' timer, and no earlier deployment's");
    }

    @Test
    void aFiringThatFailsAndFailsAgainLeavesTheTimerToFireAtTheNextMinute() throws Exception {
        base();
        long logFrom = Server.logSize();
        Instant failing = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Database.execute("ALTER TABLE deadline_run RENAME TO deadline_run_away");
        try {
            // The firing at the next minute fails, and so does its second try five seconds later.
            sleepUntil(failing.plusSeconds(10));
        } finally {
            Database.execute("ALTER TABLE deadline_run_away RENAME TO deadline_run");
        }
        String log = Server.logSince(logFrom);
        assertTrue(log.contains("DeadlineSchedule") && log.contains("deadline_run"), "the firings failed: " + log);

        long reads = Database.count(READS);
        long later = Eventually.value(Duration.between(Instant.now(), failing.plusSeconds(60 + 30)), Duration.ofMillis(500),
                () -> Database.count(READS), n -> n > reads);
        assertTrue(later > reads, "the timer fired again at the next minute");
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}

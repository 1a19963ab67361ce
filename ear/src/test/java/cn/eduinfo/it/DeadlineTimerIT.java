package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

    /**
     * Monitoring reads GET api/health/deadlines without credentials: UP with the last run and its instance while
     * the timer fires; DOWN (503) and LATE once no run is recorded for longer than allowed (three minutes); DOWN
     * and FAILING when deadlines fall due and cannot be applied, saying how many. Then a minute's firing fails, and
     * so does Payara's second try five seconds later; the timer still fires at the next minute, which applies the
     * deadlines, and the check is UP again. (One scenario: each firing waited for costs up to a minute.)
     */
    @Test
    void theDeadlinesHealthIsDownWhenNoRunIsRecentOrDeadlinesFailAndUpOnceTheTimerFiresAgainAfterAFailedFiring() throws Exception {
        Api monitor = Api.anonymous(base());
        Api.Reply up = Eventually.value(Duration.ofSeconds(70), Duration.ofMillis(500), () -> monitor.get("api/health/deadlines"),
                r -> r.status() == 200);
        assertEquals(200, up.status(), up.toString());
        JsonObject check = up.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("deadlines", check.getString("name"));
        assertEquals("UP", check.getString("status"));
        assertEquals("UP", check.getJsonObject("data").getString("state"));
        assertFalse(check.getJsonObject("data").getString("node").isEmpty(), up.toString());
        assertEquals("PT3M", check.getJsonObject("data").getString("lateAfter"));

        // Between firings (second 0 of each minute), so that none records a run before the checks below are read.
        Instant now = Instant.now();
        long second = now.getEpochSecond() % 60;
        if (second < 5 || second > 45) {
            sleepUntil(now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(second < 5 ? 5 : 65));
        }
        Database.execute("UPDATE deadlines_heartbeat SET ran_at = ran_at - INTERVAL '4 minutes'");
        assertEquals("LATE", downBecause(monitor).getString("state"));

        long claimed = Database.count("SELECT COUNT(*) FROM deadline_run");
        long logFrom = Server.logSize();
        Database.execute("CREATE FUNCTION refuse_claims() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$");
        Database.execute("CREATE TRIGGER refuse_claims BEFORE INSERT ON deadline_run FOR EACH ROW EXECUTE FUNCTION refuse_claims()");
        try {
            // Training mode's clock past the county's, the prefecture's and the province's deadlines: they run at once.
            JsonObject ran = Reporting.clock(base(), "2027-01-20T12:00");
            assertTrue(ran.getJsonArray("deadlines").isEmpty(), "none applied: " + ran);
            JsonObject failing = downBecause(monitor);
            assertEquals("FAILING", failing.getString("state"), failing.toString());
            assertTrue(failing.getInt("failedDeadlines") >= 2, failing.toString());

            // Every firing fails while the table is away: the next minute's, and its second try five seconds later.
            Instant firing = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            Database.execute("ALTER TABLE deadline_run RENAME TO deadline_run_away");
            try {
                sleepUntil(firing.plusSeconds(10));
            } finally {
                Database.execute("ALTER TABLE deadline_run_away RENAME TO deadline_run");
            }
        } finally {
            Database.execute("DROP TRIGGER refuse_claims ON deadline_run");
            Database.execute("DROP FUNCTION refuse_claims()");
        }
        String log = Server.logSince(logFrom);
        assertTrue(log.contains("DeadlineSchedule") && log.contains("deadline_run"), "the firings failed: " + log);
        assertEquals(503, monitor.get("api/health/deadlines").status(), "no firing applied them yet");

        Api.Reply again = Eventually.value(Duration.ofSeconds(80), Duration.ofMillis(500), () -> monitor.get("api/health/deadlines"),
                r -> r.status() == 200);
        assertEquals(200, again.status(), "the timer fired again at the next minute, and applied them: " + again);
        assertTrue(Database.count("SELECT COUNT(*) FROM deadline_run") >= claimed + 2, "claimed once applied");
    }

    /** The check's data, once it is asserted DOWN (503). */
    private static JsonObject downBecause(Api monitor) {
        Api.Reply down = monitor.get("api/health/deadlines");
        assertEquals(503, down.status(), down.toString());
        assertEquals("DOWN", down.json().getString("status"));
        return down.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data");
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}

package cn.eduinfo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.eduinfo.reporting.DeadlinesHeartbeat.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesHeartbeatTest {

    private static final Instant NOW = Instant.parse("2027-01-05T16:00:30Z");
    private static final Duration ALLOWED = Duration.ofMinutes(3);

    @Test
    void aRunWithinTheAllowedTimeIsUp() {
        assertEquals(State.UP, new DeadlinesHeartbeat(NOW.minusSeconds(30), "eduinfo1", 0).state(NOW, ALLOWED));
        assertEquals(State.UP, new DeadlinesHeartbeat(NOW.minus(ALLOWED), "eduinfo1", 0).state(NOW, ALLOWED), "at the limit itself");
    }

    @Test
    void noRunForLongerThanAllowedIsLateWhateverItsOutcome() {
        assertEquals(State.LATE, new DeadlinesHeartbeat(NOW.minus(ALLOWED).minusSeconds(1), "eduinfo1", 0).state(NOW, ALLOWED));
        assertEquals(State.LATE, new DeadlinesHeartbeat(NOW.minus(Duration.ofDays(2)), "eduinfo2", 3).state(NOW, ALLOWED));
    }

    @Test
    void aRecentRunThatLeftDeadlinesUnappliedIsFailing() {
        assertEquals(State.FAILING, new DeadlinesHeartbeat(NOW.minusSeconds(30), "eduinfo1", 1).state(NOW, ALLOWED));
    }

    @Test
    void noRunYetIsSaidSo() {
        assertEquals(State.NEVER_RAN, new DeadlinesHeartbeat(null, null, 0).state(NOW, ALLOWED));
    }

    @Test
    void aRunRecordedAheadOfThisInstancesClockIsUp() {
        // Instances' clocks differ by a little: another instance may have recorded a run 'in the future'.
        assertEquals(State.UP, new DeadlinesHeartbeat(NOW.plusSeconds(2), "eduinfo2", 0).state(NOW, ALLOWED));
    }
}

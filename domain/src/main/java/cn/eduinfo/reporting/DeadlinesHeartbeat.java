package cn.eduinfo.reporting;

import java.time.Duration;
import java.time.Instant;

/**
 * The last run of what the clock makes due (the deadlines' minute timer, a catch-up at startup, training
 * mode's clock), recorded by whichever instance ran it, so that monitoring can tell a timer that stopped
 * firing, or deadlines that keep failing, from a quiet minute. {@code ranAt} is null until the first run.
 *
 * @param failed the deadlines that were due at that run and could not be applied (tried again at the next)
 */
public record DeadlinesHeartbeat(Instant ranAt, String node, int failed) implements java.io.Serializable {

    public enum State { UP, LATE, FAILING, NEVER_RAN }

    /** LATE once no run is recorded for longer than {@code allowed}; FAILING while the last run left deadlines unapplied. */
    public State state(Instant now, Duration allowed) {
        if (ranAt == null) {
            return State.NEVER_RAN;
        }
        if (Duration.between(ranAt, now).compareTo(allowed) > 0) {
            return State.LATE;
        }
        return failed > 0 ? State.FAILING : State.UP;
    }
}

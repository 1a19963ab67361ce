package cn.eduinfo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TrainingClockTest {

    private static final Instant REAL = Instant.parse("2026-12-01T00:00:00Z");

    /** A real clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = REAL;

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void startsAtItsInitialOffsetAndFlowsWithRealTime() {
        Hand real = new Hand();
        TrainingClock clock = new TrainingClock(real, Duration.ofDays(33), () -> null);
        assertEquals(REAL.plus(Duration.ofDays(33)), clock.instant());
        real.now = REAL.plusSeconds(90);
        assertEquals(REAL.plus(Duration.ofDays(33)).plusSeconds(90), clock.instant());
    }

    @Test
    void aSetTakesEffectAtOnceAndReturnsTheOffsetToStore() {
        Hand real = new Hand();
        TrainingClock clock = new TrainingClock(real, Duration.ZERO, () -> null);
        Instant target = Instant.parse("2027-01-05T16:00:30Z");
        Duration offset = clock.set(target);
        assertEquals(target, clock.instant());
        assertEquals(Duration.between(REAL, target), offset);
    }

    @Test
    void anotherInstancesSettingIsPickedUpAfterTheRefreshInterval() {
        Hand real = new Hand();
        AtomicReference<Duration> stored = new AtomicReference<>(null);
        TrainingClock clock = new TrainingClock(real, Duration.ZERO, stored::get);
        assertEquals(REAL, clock.instant(), "nothing stored: the initial offset holds");
        stored.set(Duration.ofHours(5));
        real.now = REAL.plusSeconds(1);
        assertEquals(REAL.plusSeconds(1), clock.instant(), "read at most every " + TrainingClock.REFRESH);
        real.now = REAL.plus(TrainingClock.REFRESH);
        assertEquals(REAL.plus(TrainingClock.REFRESH).plus(Duration.ofHours(5)), clock.instant());
    }

    @Test
    void inAnotherZoneItReadsTheSameInstant() {
        Hand real = new Hand();
        TrainingClock clock = new TrainingClock(real, Duration.ofMinutes(7), () -> null);
        Clock beijing = clock.withZone(ZoneId.of("Asia/Shanghai"));
        assertEquals(clock.instant(), beijing.instant());
        assertEquals(ZoneId.of("Asia/Shanghai"), beijing.getZone());
    }
}

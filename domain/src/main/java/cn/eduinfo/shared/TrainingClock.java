package cn.eduinfo.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Training mode's clock (notice §1(2)): the real clock shifted by an offset that a platform owner
 * sets, so a province can rehearse a whole quarter in minutes. Time keeps flowing from the set
 * instant. The offset is shared by every instance of the cluster through {@code source}, re-read at
 * most every {@link #REFRESH}; a set on this instance takes effect here at once.
 */
public final class TrainingClock extends Clock {

    static final Duration REFRESH = Duration.ofSeconds(2);

    private final Clock real;
    private final Supplier<Duration> source;
    private volatile Duration offset;
    private volatile Instant readAt;

    /** @param source the stored offset, or null when none is stored (then {@code initial} holds) */
    public TrainingClock(Clock real, Duration initial, Supplier<Duration> source) {
        this.real = real;
        this.source = source;
        this.offset = initial;
        this.readAt = Instant.MIN;
    }

    @Override
    public Instant instant() {
        Instant now = real.instant();
        if (Duration.between(readAt, now).compareTo(REFRESH) >= 0) {
            Duration stored = source.get();
            if (stored != null) {
                offset = stored;
            }
            readAt = now;
        }
        return now.plus(offset);
    }

    /** The offset that makes this clock read {@code simulatedNow} now; the caller stores it for the other instances. */
    public Duration set(Instant simulatedNow) {
        Instant now = real.instant();
        offset = Duration.between(now, simulatedNow);
        readAt = now;
        return offset;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TrainingClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}

package cn.eduinfo.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A tier's reporting window for one quarter: open from {@code start} (inclusive) until
 * {@code deadline} (exclusive). A deadline "on day 5" is 24:00 of the 5th, i.e. 00:00 of the 6th,
 * so the whole last day counts and the timer fires at the first instant after it.
 */
public record Window(Instant start, Instant deadline) implements java.io.Serializable {

    /** China Standard Time: the notice's days are calendar days in Beijing (第十八条). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    public Window {
        Objects.requireNonNull(start);
        Objects.requireNonNull(deadline);
        if (!deadline.isAfter(start)) {
            throw new IllegalArgumentException("a window closes after it opens: " + start + " / " + deadline);
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(deadline);
    }

    public boolean isClosedAt(Instant at) {
        return !at.isBefore(deadline);
    }

    public ZonedDateTime startLocal() {
        return start.atZone(ZONE);
    }

    public ZonedDateTime deadlineLocal() {
        return deadline.atZone(ZONE);
    }

    /** How an instant is shown in messages: Beijing time to the minute (a deadline reads as 00:00 of the next day). */
    public static String show(Instant at) {
        return SHOWN.format(at);
    }
}

package cn.eduinfo.org;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A unit as it stood on a given date, read back from its dated events (第二十二条). A unit without
 * events (loaded before any registry sync) is taken as it is now.
 */
public final class OrgHistory {

    private OrgHistory() {
    }

    /** Its state on {@code date}, or empty when it did not exist yet. */
    public static Optional<String> asOf(List<OrgEvent> events, LocalDate date, String current) {
        if (events.isEmpty()) {
            return Optional.of(current);
        }
        return events.stream()
                .filter(e -> !e.getEffective().isAfter(date))
                .max(Comparator.comparing(OrgEvent::getEffective).thenComparing(OrgEvent::getRecordedAt))
                .map(OrgEvent::getAfter);
    }
}

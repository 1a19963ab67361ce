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

    /** A state as {@link OrgEvent#describe} wrote it: name · code of the superior (— for none) · status. */
    public record State(String name, String parentCode, OrgStatus status) {

        private static final String SEP = " · ";

        public static State parse(String text) {
            int last = text.lastIndexOf(SEP);
            int middle = text.lastIndexOf(SEP, last - 1);
            if (middle < 0) {
                throw new IllegalArgumentException("not a unit state: " + text);
            }
            String parent = text.substring(middle + SEP.length(), last);
            return new State(text.substring(0, middle), "—".equals(parent) ? null : parent,
                    OrgStatus.valueOf(text.substring(last + SEP.length())));
        }

        public boolean isUnder(String code) {
            return code.equals(parentCode);
        }
    }
}

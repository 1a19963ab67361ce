package cn.eduinfo.shared;

import cn.eduinfo.reporting.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** #{fmt.dateTime(…)}: moments as staff read them, in China Standard Time. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** #{fmt.minute(…)}: deadlines, time limits and the reporting cycle's moments, Beijing time to the minute. */
    public String minute(Instant instant) {
        return instant == null ? "" : Window.show(instant);
    }

    /**
     * A moment typed the way {@link #minute} shows it, 'yyyy-MM-dd HH:mm' in Beijing time (a 'T' between
     * date and time is accepted too); null when it is not one, e.g. 2027-02-30 or 25:00.
     */
    public static Instant parseMinute(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace('T', ' ').replaceAll("\\s+", " "), MINUTE).atZone(Window.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package cn.eduinfo.audit.boundary;

import cn.eduinfo.shared.DomainException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which entries of the trail to show (第二十二条: who did what to which, when): each part optional; a blank text is
 * no condition. Days are Beijing's, both ends included.
 *
 * @param target the target's id as recorded: an organisation's or account's code, a run's or a form's number
 */
public record AuditQuery(String actor, String action, String target, LocalDate from, LocalDate to) implements Serializable {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public AuditQuery {
        actor = stripped(actor);
        action = stripped(action);
        target = stripped(target);
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainException("audit.dates");
        }
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }

    /**
     * The JPQL conditions on {@code a} (an AuditEntry), ' WHERE …' or nothing, with their parameters: only the given
     * ones, as a null in 'IS NULL OR' defeats PostgreSQL's type inference.
     */
    String where(Map<String, Object> parameters) {
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        condition(where, parameters, "a.actor = :actor", "actor", actor);
        condition(where, parameters, "a.action = :action", "action", action == null ? null : action.toUpperCase(Locale.ROOT));
        condition(where, parameters, "a.targetId = :target", "target", target);
        condition(where, parameters, "a.at >= :from", "from", from == null ? null : from.atStartOfDay(BEIJING).toInstant());
        condition(where, parameters, "a.at < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(BEIJING).toInstant());
        return where.toString();
    }

    private static void condition(StringJoiner where, Map<String, Object> parameters, String jpql, String name, Object value) {
        if (value != null) {
            where.add(jpql);
            parameters.put(name, value);
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

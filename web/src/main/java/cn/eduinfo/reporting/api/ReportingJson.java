package cn.eduinfo.reporting.api;

import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.boundary.NotificationLine;
import cn.eduinfo.reporting.boundary.QuarterStatus;
import cn.eduinfo.reporting.boundary.SubordinateLine;
import cn.eduinfo.reporting.boundary.TimelineLine;
import cn.eduinfo.reporting.boundary.WithdrawalLine;
import cn.eduinfo.shared.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/** The reporting cycle as JSON: instants in Beijing time (ISO-8601 with +08:00), states and actions by name. */
final class ReportingJson {

    private ReportingJson() {
    }

    static JsonObject status(QuarterStatus s) {
        return Json.createObjectBuilder()
                .add("organisation", Json.createObjectBuilder().add("id", s.organisation().id()).add("code", s.organisation().code())
                        .add("name", s.organisation().name()).add("tier", s.organisation().tier().name()))
                .add("quarter", s.quarter().toString())
                .add("state", s.state().name())
                .add("completeness", s.completeness().name())
                .add("dataStatus", s.dataStatus().name())
                .add("autoReported", s.autoReported())
                .add("sentAt", time(s.sentAt()))
                .add("returnReason", text(s.returnReason()))
                .add("returnLimit", time(s.returnLimit()))
                .add("withdrawalReason", text(s.withdrawalReason()))
                .add("window", window(s.window()))
                .add("closesAt", time(s.closesAt()))
                .add("timeline", array(s.timeline().stream().map(ReportingJson::timeline).toList()))
                .add("actions", names(s.actions()))
                .add("pending", Json.createArrayBuilder(s.pending()))
                .build();
    }

    static JsonObjectBuilder window(Window w) {
        return Json.createObjectBuilder().add("start", time(w.start())).add("deadline", time(w.deadline()));
    }

    static JsonObject timeline(TimelineLine t) {
        return Json.createObjectBuilder().add("action", t.action().name()).add("from", t.from().name()).add("to", t.to().name())
                .add("actor", t.actor()).add("role", text(t.role())).add("at", time(t.at())).add("reason", text(t.reason())).build();
    }

    static JsonObject subordinate(SubordinateLine l) {
        return Json.createObjectBuilder().add("id", l.orgId()).add("code", l.code()).add("name", l.name()).add("kind", l.kind().name())
                .add("tier", l.tier().name()).add("state", l.state().name()).add("completeness", l.completeness().name())
                .add("sentAt", time(l.sentAt())).add("deadline", time(l.deadline())).add("returnLimit", time(l.returnLimit()))
                .add("withdrawalReason", text(l.withdrawalReason())).add("explanations", l.explanations()).add("changed", l.changed()).add("late", l.late())
                .add("contact", text(l.contact())).add("contactPhone", text(l.contactPhone())).build();
    }

    static JsonObject withdrawal(WithdrawalLine w) {
        return Json.createObjectBuilder().add("id", w.orgId()).add("code", w.code()).add("name", w.name())
                .add("direction", w.incoming() ? "IN" : "OUT").add("requestedBy", w.requestedBy()).add("requestedAt", time(w.requestedAt()))
                .add("reason", text(w.reason())).add("outcome", w.outcome().name()).add("decidedBy", text(w.decidedBy()))
                .add("decidedAt", time(w.decidedAt())).add("refusal", text(w.refusal())).build();
    }

    static JsonObject notification(NotificationLine n) {
        return Json.createObjectBuilder().add("id", n.id()).add("kind", n.kind().name()).add("quarter", n.quarter())
                .add("sender", n.sender()).add("detail", text(n.detail())).add("at", time(n.at())).add("read", n.read()).build();
    }

    static JsonArrayBuilder array(Collection<JsonObject> objects) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        objects.forEach(a::add);
        return a;
    }

    static String time(Instant at) {
        return at == null ? "" : at.atZone(Window.ZONE).toOffsetDateTime().toString();
    }

    /** An instant the user typed: ISO-8601 with its offset, e.g. 2027-01-04T18:00+08:00. */
    /** The time limit of a return or an approved withdrawal: {limit: ISO-8601 with offset}. */
    static Instant limit(JsonObject body) {
        return instant(body.getString("limit", ""), "reporting.limit.invalid");
    }

    static Instant instant(String text, String key) {
        try {
            return OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(key, String.valueOf(text));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static JsonArrayBuilder names(Collection<? extends Enum<?>> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(v -> a.add(v.name()));
        return a;
    }
}

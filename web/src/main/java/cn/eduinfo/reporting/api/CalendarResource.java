package cn.eduinfo.reporting.api;

import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.reporting.boundary.ReportingCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/reporting/calendar/{quarter}: each tier's reporting window, in Beijing time (ISO-8601 with +08:00). */
@Path("reporting/calendar/{quarter}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @EJB
    ReportingCalendar calendar;

    @GET
    @Operation(summary = "When each tier reports a quarter (第十八条)")
    public JsonArray windows(@PathParam("quarter") String quarter) {
        JsonArrayBuilder windows = Json.createArrayBuilder();
        calendar.windows(Quarter.parse(quarter)).forEach(w -> windows.add(Json.createObjectBuilder()
                .add("tier", w.tier().name())
                .add("start", w.window().startLocal().toOffsetDateTime().toString())
                .add("deadline", w.window().deadlineLocal().toOffsetDateTime().toString())));
        return windows.build();
    }

    @PUT
    @Path("{tier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The MoE's administrator extends a tier's deadline: {deadline (ISO-8601 with offset), reason}")
    public JsonObject extend(@PathParam("quarter") String quarter, @PathParam("tier") String tier, JsonObject body) {
        Window w = calendar.extend(Quarter.parse(quarter), tier(tier),
                ReportingJson.instant(body.getString("deadline", ""), "reporting.extension.invalid"), body.getString("reason", ""));
        return ReportingJson.window(w).add("tier", tier.toUpperCase(java.util.Locale.ROOT)).build();
    }

    private static Tier tier(String name) {
        try {
            return Tier.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("reporting.tier.unknown", name);
        }
    }
}

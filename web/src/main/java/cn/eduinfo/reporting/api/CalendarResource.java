package cn.eduinfo.reporting.api;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.ReportingCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
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
}

package cn.eduinfo.reporting.api;

import cn.eduinfo.platform.boundary.TrainingMode;
import cn.eduinfo.reporting.boundary.Deadlines;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /api/training/clock: training mode's simulated time, set by the platform owner; what falls due by then runs. */
@Path("training/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingClockResource {

    @EJB
    TrainingMode training;

    @GET
    @Operation(summary = "Whether training mode is on, and the time the system goes by")
    public JsonObject now() {
        return Json.createObjectBuilder().add("training", training.enabled()).add("now", ReportingJson.time(training.now())).build();
    }

    @PUT
    @Operation(summary = "Set the simulated time: {now (ISO-8601 with offset)}; runs the deadlines due by then")
    public JsonObject set(JsonObject body) {
        Deadlines.Outcome ran = training.setNow(ReportingJson.instant(body.getString("now", ""), "training.now.invalid"));
        return Json.createObjectBuilder().add("now", ReportingJson.time(training.now()))
                .add("deadlines", ReportingJson.array(ran.deadlines().stream().map(d -> Json.createObjectBuilder()
                        .add("quarter", d.quarter().toString()).add("tier", d.tier().name()).build()).toList()))
                .add("autoReported", ran.autoReported()).add("lapsedReturns", ran.lapsedReturns()).add("reminders", ran.reminders())
                .build();
    }
}

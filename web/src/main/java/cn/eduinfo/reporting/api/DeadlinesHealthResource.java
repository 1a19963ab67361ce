package cn.eduinfo.reporting.api;

import cn.eduinfo.reporting.DeadlinesHeartbeat;
import cn.eduinfo.reporting.boundary.Deadlines;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/health/deadlines, for monitoring without credentials, in MicroProfile Health's shape: UP (200)
 * while what the clock makes due ran within {@code eduinfo.reporting.heartbeat-late-after} and applied
 * every deadline due; DOWN (503) otherwise. Not one of /health's own checks: the instances share the
 * timer, so a DOWN there would take every instance out of the balancer (readiness) or restart them all
 * (liveness) for something none of them can mend alone; an operator is to be alerted instead.
 */
@Path("health/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesHealthResource {

    @EJB
    Deadlines deadlines;

    @GET
    @Operation(summary = "Whether the deadlines' timer runs and applies what falls due (第十八条): UP 200, DOWN 503")
    public Response health() {
        Deadlines.Health health = deadlines.health();
        boolean up = health.state() == DeadlinesHeartbeat.State.UP;
        JsonObjectBuilder data = Json.createObjectBuilder().add("state", health.state().name())
                .add("lastRunAt", ReportingJson.time(health.last().ranAt()))
                .add("node", health.last().node() == null ? "" : health.last().node())
                .add("failedDeadlines", health.last().failed())
                .add("lateAfter", health.allowed().toString());
        String status = up ? "UP" : "DOWN";
        var body = Json.createObjectBuilder().add("status", status).add("checks", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "deadlines").add("status", status).add("data", data))).build();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}

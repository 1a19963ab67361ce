package cn.eduinfo.form.api;

import cn.eduinfo.form.boundary.QuarterOpening;
import cn.eduinfo.reporting.Quarter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST /api/quarters/{quarter}/open: every active unit gets its form for the quarter, prefilled (the operator; the timer does it too). */
@Path("quarters/{quarter}/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuartersResource {

    @EJB
    QuarterOpening opening;

    @POST
    @Operation(summary = "Opens a quarter: every active unit without a form for it gets one, prefilled with its last values")
    public JsonObject open(@PathParam("quarter") String quarter) {
        return Json.createObjectBuilder().add("quarter", quarter).add("written", opening.open(Quarter.parse(quarter))).build();
    }
}

package cn.eduinfo.reporting.api;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.AcceptedMany;
import cn.eduinfo.reporting.boundary.Reporting;
import cn.eduinfo.shared.Messages;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/reporting/{org}/{quarter}: a unit's quarter on its way up the tree (第十七~二十条) and every
 * transition on it. {quarter} is written like 2026Q3, or 'current'. Refusals are 400 with the
 * message key and text; a unit outside the caller's subtree is 403.
 */
@Path("reporting/{org}/{quarter}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting", description = "The quarterly reporting cycle (第十七~二十条)")
public class ReportingResource {

    @EJB
    Reporting reporting;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @PathParam("org")
    long org;

    @PathParam("quarter")
    String quarter;

    @GET
    @Operation(summary = "The unit's quarter: state, window, timeline, and what the caller may do")
    public JsonObject status() {
        return ReportingJson.status(reporting.status(org, quarter()));
    }

    @POST
    @Path("submit")
    @Operation(summary = "A unit without a reviewer hands in its data")
    public JsonObject submit() {
        return ReportingJson.status(reporting.submit(org, quarter()));
    }

    @POST
    @Path("report")
    @Operation(summary = "The unit's reviewer reports up; refused while subordinates are out unless despitePending=true")
    public JsonObject report(@QueryParam("despitePending") boolean despitePending) {
        return ReportingJson.status(reporting.report(org, quarter(), despitePending));
    }

    @POST
    @Path("accept")
    @Operation(summary = "The direct superior's reviewer accepts the unit's data")
    public JsonObject accept() {
        return ReportingJson.status(reporting.accept(org, quarter()));
    }

    @POST
    @Path("return")
    @Operation(summary = "The direct superior's reviewer returns the data: {reason, limit (ISO-8601 with offset)}")
    public JsonObject returnForCorrection(JsonObject body) {
        return ReportingJson.status(reporting.returnForCorrection(org, quarter(), body.getString("reason", ""),
                ReportingJson.limit(body)));
    }

    @POST
    @Path("withdrawal")
    @Operation(summary = "The unit asks its superior to take its data back: {reason}")
    public JsonObject requestWithdrawal(JsonObject body) {
        return ReportingJson.status(reporting.requestWithdrawal(org, quarter(), body.getString("reason", "")));
    }

    @POST
    @Path("withdrawal/approve")
    @Operation(summary = "The superior's reviewer approves: the data is returned until {limit}")
    public JsonObject approveWithdrawal(JsonObject body) {
        return ReportingJson.status(reporting.approveWithdrawal(org, quarter(),
                ReportingJson.limit(body)));
    }

    @POST
    @Path("withdrawal/refuse")
    @Operation(summary = "The superior's reviewer refuses: {reason}")
    public JsonObject refuseWithdrawal(JsonObject body) {
        return ReportingJson.status(reporting.refuseWithdrawal(org, quarter(), body.getString("reason", "")));
    }

    @POST
    @Path("subordinates/accept")
    @Operation(summary = "The unit's reviewer accepts several direct subordinates' data: {units: [ids]}; those it could not are named with why")
    public JsonObject acceptMany(JsonObject body) {
        JsonArray units = body.getJsonArray("units");
        if (units == null || units.isEmpty() || units.stream().anyMatch(u -> u.getValueType() != JsonValue.ValueType.NUMBER)) {
            throw new BadRequestException("units: the ids of the direct subordinates to accept");
        }
        AcceptedMany done = reporting.acceptMany(org, units.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList(), quarter());
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        JsonArrayBuilder notAccepted = Json.createArrayBuilder();
        done.notAccepted().forEach(n -> notAccepted.add(Json.createObjectBuilder().add("unit", n.unit()).add("key", n.key())
                .add("message", messages.get(locale, n.key(), n.args().toArray()))));
        return Json.createObjectBuilder().add("accepted", Json.createArrayBuilder(done.accepted())).add("notAccepted", notAccepted).build();
    }

    @GET
    @Path("subordinates")
    @Operation(summary = "Every direct subordinate's quarter: the review queue and the chasing list")
    public JsonArray subordinates() {
        return ReportingJson.array(reporting.subordinates(org, quarter()).stream().map(ReportingJson::subordinate).toList()).build();
    }

    @POST
    @Path("chase")
    @Operation(summary = "催报: notify every direct subordinate that has not sent its data")
    public JsonObject chase() {
        return Json.createObjectBuilder().add("notified", reporting.chase(org, quarter())).build();
    }

    @GET
    @Path("withdrawals")
    @Operation(summary = "Withdrawal requests of the unit (OUT) and of its direct subordinates (IN), with their outcome")
    public JsonArray withdrawals() {
        return ReportingJson.array(reporting.withdrawals(org, quarter()).stream().map(ReportingJson::withdrawal).toList()).build();
    }

    private Quarter quarter() {
        return reporting.quarterOrCurrent(quarter);
    }
}

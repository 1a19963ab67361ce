package cn.eduinfo.form.api;

import cn.eduinfo.form.Finding;
import cn.eduinfo.form.FormValueChange;
import cn.eduinfo.form.boundary.FormSheet;
import cn.eduinfo.form.boundary.Forms;
import cn.eduinfo.form.boundary.SaveOutcome;
import cn.eduinfo.form.boundary.ValueHistoryLine;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Workbooks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/forms/{organisation}/{quarter}: an organisation's quarterly form, read in the caller's subtree
 * (the data-sharing API) and written by its own administrator, with the same checks as the screen.
 * {quarter} is written like 2026Q3, or 'current' for the quarter being filled today.
 */
@Path("forms/{org}/{quarter}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forms", description = "Quarterly indicator forms (第十五、十六条)")
public class FormsResource {


    @EJB
    Forms forms;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    /** The organisation's id. */
    @PathParam("org")
    long org;

    /** A quarter like 2026Q3, or 'current'. (No @Parameter here: Payara's OpenAPI fails on one on a field.) */
    @PathParam("quarter")
    String quarter;

    @GET
    @Operation(summary = "An organisation's form values for a quarter, with last quarter's beside them")
    @APIResponse(responseCode = "200", description = "the form")
    @APIResponse(responseCode = "403", description = "outside the caller's subtree")
    public JsonObject read() {
        FormSheet sheet = forms.open(org, quarter());
        return Json.createObjectBuilder()
                .add("organisation", Json.createObjectBuilder().add("id", sheet.organisation().id())
                        .add("code", sheet.organisation().code()).add("name", sheet.organisation().name()))
                .add("quarter", sheet.quarter().toString())
                .add("form", sheet.version().kind().name())
                .add("formVersion", sheet.version().number())
                .add("status", sheet.status().name())
                .add("rowVersion", sheet.rowVersion())
                .add("editable", sheet.editable())
                .add("window", Json.createObjectBuilder().add("start", sheet.window().startLocal().toOffsetDateTime().toString())
                        .add("deadline", sheet.window().deadlineLocal().toOffsetDateTime().toString()))
                .add("values", object(sheet.values().asMap()))
                .add("previous", object(sheet.previous().asMap()))
                .add("explanations", object(sheet.explanations()))
                .build();
    }

    /** Body: {rowVersion, values: {code: value}, explanations: {code: text}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the form (its own administrator); every check of the screen applies")
    @APIResponse(responseCode = "200", description = "saved")
    @APIResponse(responseCode = "400", description = "refused with findings per indicator; nothing saved")
    @APIResponse(responseCode = "409", description = "someone else saved the form since rowVersion")
    public Response save(JsonObject body) {
        return outcome(forms.save(org, quarter(), strings(body.getJsonObject("values")), strings(body.getJsonObject("explanations")),
                body.getInt("rowVersion", 0), FormValueChange.Via.API));
    }

    @POST
    @Path("confirm-unchanged")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirms the whole form unchanged from last quarter (第十六条)")
    public Response confirmUnchanged(JsonObject body) {
        return outcome(forms.confirmUnchanged(org, quarter(), body.getInt("rowVersion", 0)));
    }

    @GET
    @Path("history/{indicator}")
    @Operation(summary = "Every change of one value: who, when, old, new")
    public List<ValueHistoryLine> history(@PathParam("indicator") String indicator) {
        return forms.history(org, quarter(), indicator);
    }

    @GET
    @Path("template.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "The form as an Excel template with its current values")
    public Response template() {
        Quarter q = quarter();
        return Response.ok(forms.template(org, q))
                .header("Content-Disposition", "attachment; filename=\"form-" + org + "-" + q + ".xlsx\"").build();
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A filled template: checked per cell, stored only if the whole file passes")
    public Response upload(byte[] file, @QueryParam("rowVersion") int rowVersion) {
        return outcome(forms.upload(org, quarter(), file, rowVersion));
    }

    private Quarter quarter() {
        return "current".equals(quarter) ? forms.quarterToFill() : Quarter.parse(quarter);
    }

    private Response outcome(SaveOutcome outcome) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (int i = 0; i < outcome.findings().size(); i++) {
            Finding f = outcome.findings().get(i);
            JsonObjectBuilder line = Json.createObjectBuilder().add("indicator", f.indicatorCode()).add("severity", f.severity().name())
                    .add("key", f.messageKey()).add("message", messages.get(locale, f.messageKey(), f.args().toArray()));
            if (i < outcome.cells().size()) {
                line.add("cell", outcome.cells().get(i));
            }
            findings.add(line);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("saved", outcome.saved()).add("findings", findings);
        if (!outcome.saved()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(json.add("key", "form.save.blocked")
                    .add("message", messages.get(locale, "form.save.blocked", outcome.findings().size())).build()).build();
        }
        return Response.ok(json.add("rowVersion", outcome.rowVersion()).add("changedValues", outcome.changedValues()).build()).build();
    }

    private static JsonObjectBuilder object(Map<String, String> map) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        map.forEach(json::add);
        return json;
    }

    /** A JSON object of strings or numbers as raw input; anything else is kept as its text, for the checks to refuse. */
    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new HashMap<>();
        if (object != null) {
            object.forEach((k, v) -> map.put(k, v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString()
                    : v.getValueType() == JsonValue.ValueType.NULL ? "" : v.toString()));
        }
        return map;
    }
}

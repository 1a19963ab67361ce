package cn.eduinfo.form.api;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.IndicatorType;
import cn.eduinfo.form.Section;
import cn.eduinfo.form.boundary.IndicatorCatalogue;
import cn.eduinfo.form.boundary.NewIndicator;
import cn.eduinfo.form.boundary.VersionLine;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/catalogue: the indicator catalogue's versions, their Excel export, and a new version by import (MoE). */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "The versioned indicator catalogue")
public class CatalogueResource {

    @EJB
    IndicatorCatalogue catalogue;

    @GET
    @Operation(summary = "Every version of the three forms")
    public List<VersionLine> versions() {
        return catalogue.versions();
    }

    @GET
    @Path("{kind}/{number}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "One version as an Excel workbook")
    public Response export(@PathParam("kind") String kind, @PathParam("number") int number) {
        return Response.ok(catalogue.export(kind(kind), number))
                .header("Content-Disposition", "attachment; filename=\"catalogue-" + kind + "-" + number + ".xlsx\"").build();
    }

    /** ?from=2027Q1, body: an edited export. */
    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new version of a form from a quarter on (the MoE's administrator)")
    public VersionLine importVersion(@PathParam("kind") String kind, @QueryParam("from") String from, byte[] workbook) {
        return catalogue.importVersion(kind(kind), Quarter.parse(from), workbook);
    }

    /** ?from=2027Q1&code=S0105: a new version without that indicator. */
    @POST
    @Path("{kind}/retire")
    @Operation(summary = "A new version without one indicator (the MoE's administrator)")
    public VersionLine retire(@PathParam("kind") String kind, @QueryParam("from") String from, @QueryParam("code") String code) {
        return catalogue.retire(kind(kind), Quarter.parse(from), code == null ? "" : code);
    }

    /** ?from=2027Q1, body: {code, section, nameZh, nameEn, unit, type, min, max, required}. */
    @POST
    @Path("{kind}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new version with one more indicator (the MoE's administrator)")
    public VersionLine add(@PathParam("kind") String kind, @QueryParam("from") String from, JsonObject body) {
        return catalogue.add(kind(kind), Quarter.parse(from), new NewIndicator(body.getString("code", null),
                enumOf(Section.class, body.getString("section", "")), body.getString("nameZh", null), body.getString("nameEn", null),
                body.getString("unit", ""), enumOf(IndicatorType.class, body.getString("type", "")), decimal(body, "min"),
                decimal(body, "max"), body.getBoolean("required", false)));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal decimal(JsonObject body, String key) {
        return body.containsKey(key) && body.get(key).getValueType() == JsonValue.ValueType.NUMBER
                ? body.getJsonNumber(key).bigDecimalValue() : null;
    }

    private static FormKind kind(String text) {
        try {
            return FormKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException("form.kind.unknown", text);
        }
    }
}

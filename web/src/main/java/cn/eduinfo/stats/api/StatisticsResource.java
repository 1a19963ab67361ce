package cn.eduinfo.stats.api;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.stats.boundary.AreaTotal;
import cn.eduinfo.stats.boundary.Statistics;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/stats/{quarter}/{form}?indicators=A,B&by=province|county: sums over the caller's subtree (data sharing). */
@Path("stats/{quarter}/{form}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stats", description = "Quarterly totals of the caller's subtree")
public class StatisticsResource {

    @EJB
    Statistics statistics;

    @GET
    @Operation(summary = "Sums of numeric indicators by province or by county, with the number of forms;"
            + " asReported=true: only the data units have sent up (locked), the statistics of record")
    public List<AreaTotal> totals(@PathParam("quarter") String quarter, @PathParam("form") String form,
                                  @QueryParam("indicators") String indicators, @QueryParam("by") String by,
                                  @QueryParam("asReported") boolean asReported) {
        return statistics.totals(Quarter.parse(quarter), kind(form), indicators == null ? List.of() : Arrays.asList(indicators.split(",")),
                grouping(by), asReported);
    }

    private static FormKind kind(String text) {
        try {
            return FormKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException("form.kind.unknown", text);
        }
    }

    private static Statistics.Grouping grouping(String text) {
        try {
            return Statistics.Grouping.valueOf(text == null ? "PROVINCE" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("stats.grouping.unknown");
        }
    }
}

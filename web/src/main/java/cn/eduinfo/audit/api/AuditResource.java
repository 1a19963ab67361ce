package cn.eduinfo.audit.api;

import cn.eduinfo.audit.boundary.AuditLine;
import cn.eduinfo.audit.boundary.AuditQuery;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** /api/audit: the trail for the audit administrator (and for monitoring tools acting as one). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditTrail trail;

    /** Newest first; each of actor, action, target (its id as recorded) and the days from/to (yyyy-MM-dd, Beijing) optional. */
    @GET
    public List<AuditLine> latest(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("target") String target,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        return trail.latest(new AuditQuery(actor, action, target, day(from), day(to)), first, max);
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("audit.date.invalid", text.length() > 20 ? "?" : text);
        }
    }
}

package cn.eduinfo.audit.api;

import cn.eduinfo.audit.AuditEntry;
import cn.eduinfo.audit.boundary.AuditTrail;
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

    public record Line(long id, String at, String actor, String action, String targetType, String targetId,
                       String detail, String address) {

        static Line of(AuditEntry e) {
            return new Line(e.getId(), e.getAt().toString(), e.getActor(), e.getAction(), e.getTargetType(),
                    e.getTargetId(), e.getDetail(), e.getAddress());
        }
    }

    @GET
    public List<Line> latest(@QueryParam("actor") String actor, @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("100") int max) {
        return trail.latest(actor, first, max).stream().map(Line::of).toList();
    }
}

package cn.eduinfo.audit.api;

import cn.eduinfo.audit.boundary.AuditLine;
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

    @GET
    public List<AuditLine> latest(@QueryParam("actor") String actor, @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("max") @DefaultValue("100") int max) {
        return trail.latest(actor, first, max);
    }
}

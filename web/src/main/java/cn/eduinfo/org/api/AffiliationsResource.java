package cn.eduinfo.org.api;

import cn.eduinfo.org.boundary.Affiliations;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.ProposalLine;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** /api/affiliations: affiliation-change proposals and moves (第十一条). */
@Path("affiliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AffiliationsResource {

    @EJB
    Affiliations affiliations;

    @GET
    public List<ProposalLine> proposals() {
        return affiliations.proposals();
    }

    @POST
    @Path("{id}/confirm")
    public ProposalLine confirm(@PathParam("id") long id) {
        return affiliations.confirm(id);
    }

    @POST
    @Path("{id}/reject")
    public ProposalLine reject(@PathParam("id") long id) {
        return affiliations.reject(id);
    }

    /** Moves organisation {@code id} under {@code to}: both in the caller's subtree. */
    @POST
    @Path("moves")
    public OrgSummary move(@QueryParam("organisation") long id, @QueryParam("to") long to) {
        return affiliations.move(id, to);
    }
}

package cn.eduinfo.account.api;

import cn.eduinfo.account.boundary.FilingLine;
import cn.eduinfo.account.boundary.HolderFilings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /api/holder-filings: changes of holder of provincial authorities' and MoE universities' accounts, for the CEEC. */
@Path("holder-filings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HolderFilingsResource {

    @EJB
    HolderFilings filings;

    @GET
    @Operation(summary = "Changes of holder filed with the CEEC, not yet acknowledged first")
    public List<FilingLine> list() {
        return filings.list();
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge a filed change of holder")
    public FilingLine acknowledge(@PathParam("id") long id) {
        return filings.acknowledge(id);
    }
}

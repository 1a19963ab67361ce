package cn.eduinfo.org.api;

import cn.eduinfo.org.boundary.AsOf;
import cn.eduinfo.org.boundary.EventLine;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.org.boundary.UnitAsOf;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import cn.eduinfo.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** /api/organisations: the caller's subtree, read only, as it is now or as of a date. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @EJB
    Organisations organisations;

    @GET
    @Path("mine")
    public OrgSummary mine() {
        return organisations.mine();
    }

    @GET
    @Path("{id}")
    public OrgSummary find(@PathParam("id") long id) {
        return organisations.find(id);
    }

    @GET
    @Path("{id}/children")
    public List<OrgSummary> children(@PathParam("id") long id) {
        return organisations.children(id);
    }

    /** ?date=yyyy-MM-dd: the direct subordinates as they stood on that date. */
    @GET
    @Path("{id}/children/as-of")
    public List<UnitAsOf> childrenAsOf(@PathParam("id") long id, @QueryParam("date") String date) {
        return organisations.childrenAsOf(id, date(date));
    }

    @GET
    @Path("{id}/trail")
    public List<OrgSummary> trail(@PathParam("id") long id) {
        return organisations.trail(id);
    }

    @GET
    @Path("{id}/events")
    public List<EventLine> events(@PathParam("id") long id) {
        return organisations.events(id);
    }

    /** ?date=yyyy-MM-dd */
    @GET
    @Path("{id}/as-of")
    public AsOf asOf(@PathParam("id") long id, @QueryParam("date") String date) {
        return organisations.asOf(id, date(date));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw new DomainException("org.asOf.badDate");
        }
    }

    @GET
    public List<OrgSummary> search(@QueryParam("q") String query) {
        return organisations.search(query);
    }

    @PUT
    @Path("{id}/enrolment-suspended")
    public OrgSummary setEnrolmentSuspended(@PathParam("id") long id, @QueryParam("value") boolean value) {
        return organisations.setEnrolmentSuspended(id, value);
    }
}

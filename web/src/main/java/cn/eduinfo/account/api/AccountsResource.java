package cn.eduinfo.account.api;

import cn.eduinfo.account.boundary.AccountSummary;
import cn.eduinfo.account.boundary.Accounts;
import cn.eduinfo.account.boundary.HolderLine;
import cn.eduinfo.account.boundary.IssuedCredential;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /api/accounts: handing out the accounts of the caller's direct subordinates. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @EJB
    Accounts accounts;

    /**
     * Without {@code organisation}: every direct subordinate's accounts. With {@code q} (the security
     * administrator only): every organisation account whose user name starts with it, or whose
     * organisation has it as code or in its name.
     */
    @GET
    public List<AccountSummary> list(@QueryParam("organisation") Long organisationId, @QueryParam("q") String query) {
        if (query != null) {
            return accounts.search(query);
        }
        return organisationId == null ? accounts.ofDirectSubordinates() : accounts.of(organisationId);
    }

    @POST
    @Path("{id}/password-reset")
    public IssuedCredential resetPassword(@PathParam("id") long id) {
        return accounts.resetPassword(id);
    }

    @PUT
    @Path("{id}/enabled")
    public AccountSummary setEnabled(@PathParam("id") long id, @QueryParam("value") boolean enabled) {
        return accounts.setEnabled(id, enabled);
    }

    /** Who has held the account, the present holder first ({@code to} absent). */
    @GET
    @Path("{id}/holders")
    public List<HolderLine> holders(@PathParam("id") long id) {
        return accounts.holders(id);
    }

    @GET
    @Path("slips")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response slips(@QueryParam("organisation") Long organisationId) {
        return Response.ok(accounts.exportSlips(organisationId))
                .header("Content-Disposition", "attachment; filename=\"account-slips.xlsx\"")
                .build();
    }
}

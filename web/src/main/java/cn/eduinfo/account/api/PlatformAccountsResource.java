package cn.eduinfo.account.api;

import cn.eduinfo.account.Role;
import cn.eduinfo.account.boundary.IssuedCredential;
import cn.eduinfo.account.boundary.PlatformAccounts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** /api/platform-accounts: the platform staff's accounts, managed as on account/platform.xhtml. */
@Path("platform-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAccountsResource {

    @EJB
    PlatformAccounts accounts;

    @GET
    public List<PlatformAccounts.StaffLine> list() {
        return accounts.list();
    }

    /** {"username": "…", "role": "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN"}: the new account and its one-time password. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public IssuedCredential create(JsonObject body) {
        String role = body.getString("role", "");
        return accounts.create(body.getString("username", null),
                Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null));
    }

    @POST
    @Path("{id}/password-reset")
    public IssuedCredential resetPassword(@PathParam("id") long id) {
        return accounts.resetPassword(id);
    }

    @PUT
    @Path("{id}/enabled")
    public PlatformAccounts.StaffLine setEnabled(@PathParam("id") long id, @QueryParam("value") boolean enabled) {
        return accounts.setEnabled(id, enabled);
    }
}

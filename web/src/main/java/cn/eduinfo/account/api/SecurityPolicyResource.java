package cn.eduinfo.account.api;

import cn.eduinfo.account.SecurityPolicy;
import cn.eduinfo.account.boundary.SecurityPolicies;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/security-policy: read by everyone signed in (what a password must be), set by the security administrator. */
@Path("security-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityPolicyResource {

    @EJB
    SecurityPolicies policies;

    @GET
    public SecurityPolicies.Current current() {
        return policies.current();
    }

    /** {"maxFailures", "lockMinutes", "minPasswordLength", "idleMinutes", "version"}: version as read (409 if saved since). */
    @PUT
    public SecurityPolicies.Current set(JsonObject body) {
        try {
            return policies.set(new SecurityPolicy(body.getInt("maxFailures"), body.getInt("lockMinutes"), body.getInt("minPasswordLength"),
                    body.getInt("idleMinutes")), body.getInt("version"));
        } catch (NullPointerException | ClassCastException missing) {
            throw new BadRequestException("maxFailures, lockMinutes, minPasswordLength, idleMinutes and version are numbers", missing);
        }
    }
}

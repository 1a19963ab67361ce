package cn.eduinfo.account.api;

import cn.eduinfo.account.boundary.Me;
import cn.eduinfo.account.boundary.MyAccount;
import cn.eduinfo.account.boundary.Phase1Links;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/me: the caller's own account, including the first-login steps. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    MyAccount myAccount;

    @EJB
    Phase1Links phase1;

    @GET
    public Me me() {
        return myAccount.me();
    }

    /** {"current": "…", "new": "…"} */
    @POST
    @Path("password")
    public Me changePassword(JsonValue json) {
        JsonObject body = object(json);
        return myAccount.changePassword(body.getString("current", ""), body.getString("new", ""));
    }

    /** {"realName", "position", "phone", "email"} */
    @PUT
    @Path("personal-info")
    public Me personalInfo(JsonValue json) {
        JsonObject body = object(json);
        return myAccount.recordPersonalInfo(body.getString("realName", null), body.getString("position", null),
                body.getString("phone", null), body.getString("email", null));
    }

    /** {"alias": "…"}: links the caller's school account to its phase-1 account (notice §1(1)). */
    @PUT
    @Path("phase1-alias")
    public Me linkPhase1(JsonValue json) {
        return phase1.link(object(json).getString("alias", ""));
    }

    @DELETE
    @Path("phase1-alias")
    public Me unlinkPhase1() {
        return phase1.unlink();
    }

    private static JsonObject object(JsonValue json) {
        if (json instanceof JsonObject object) {
            return object;
        }
        throw new BadRequestException("a JSON object is expected");
    }
}

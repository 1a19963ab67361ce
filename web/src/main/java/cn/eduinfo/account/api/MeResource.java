package cn.eduinfo.account.api;

import cn.eduinfo.account.boundary.Me;
import cn.eduinfo.account.boundary.MyAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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

    private static JsonObject object(JsonValue json) {
        if (json instanceof JsonObject object) {
            return object;
        }
        throw new BadRequestException("a JSON object is expected");
    }
}

package cn.eduinfo.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/session: POST with HTTP Basic signs an API client in for a session (cookie), so that a
 * client making many calls is not re-checked against the password hash each time; DELETE signs out.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
public class SessionResource {

    @Context
    HttpServletRequest request;

    @POST
    public JsonObject signIn() {
        return Json.createObjectBuilder().add("username", request.getUserPrincipal().getName()).build();
    }

    @DELETE
    public void signOut() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

package cn.eduinfo.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * PUT /api/echo: sends the JSON body back. The baseline of the form benchmark (form/benchmark-forms):
 * the same payload, authentication and JSON handling on the same server, without the form's work.
 */
@Path("echo")
@RequestScoped
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR"})
public class EchoResource {

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject echo(JsonObject body) {
        return body;
    }
}

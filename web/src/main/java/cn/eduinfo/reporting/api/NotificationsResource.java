package cn.eduinfo.reporting.api;

import cn.eduinfo.reporting.boundary.Notifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /api/notifications: the caller's organisation's reminders, chases, returns and withdrawal answers. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @EJB
    Notifications notifications;

    @GET
    @Operation(summary = "The latest notifications of the caller's organisation")
    public JsonArray latest() {
        return ReportingJson.array(notifications.latest().stream().map(ReportingJson::notification).toList()).build();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark a notification read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }
}

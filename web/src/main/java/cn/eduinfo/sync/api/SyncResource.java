package cn.eduinfo.sync.api;

import cn.eduinfo.api.UploadedFile;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.boundary.ChangeLine;
import cn.eduinfo.sync.boundary.ErrorLine;
import cn.eduinfo.sync.boundary.RegistrySync;
import cn.eduinfo.sync.boundary.RunSummary;
import cn.eduinfo.sync.view.ErrorReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** /api/sync/runs: registry synchronisation for operators of the MoE information centre. */
@Path("sync/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    @EJB
    RegistrySync sync;

    @Inject
    ErrorReport report;

    @Context
    HttpHeaders headers;

    /**
     * The snapshot file as the request body; ?name= its file name, ?charset= to declare its encoding.
     * A caller who may not upload, or a file declared too large, is refused before the body is read.
     */
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv"})
    public RunSummary upload(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                             @QueryParam("name") String name, @QueryParam("charset") String charset) throws IOException {
        return sync.upload(name, UploadedFile.read(body, length, sync.maxFileBytes()), charset);
    }

    @GET
    public List<RunSummary> list() {
        return sync.list();
    }

    @GET
    @Path("{id}")
    public RunSummary find(@PathParam("id") long id) {
        return sync.find(id);
    }

    /** A page of the change set (at most 1000 lines), its whole length (of that type) in X-Total-Count. */
    @GET
    @Path("{id}/changes")
    @APIResponse(responseCode = "200", description = "a page of the run's change set, in its order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeLine.class)),
            headers = @Header(name = "X-Total-Count", description = "how many changes (of that type) the change set lists",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response changes(@PathParam("id") long id, @QueryParam("type") ChangeType type,
                            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        List<ChangeLine> lines = sync.changes(id, type, first, max);
        return Response.ok(lines).header("X-Total-Count", sync.countChanges(id, type)).build();
    }

    @GET
    @Path("{id}/errors")
    public List<ErrorLine> errors(@PathParam("id") long id) {
        return sync.errors(id);
    }

    /** The line-numbered error report, as the screen offers it for download. */
    @GET
    @Path("{id}/error-report")
    @Produces("text/plain;charset=UTF-8")
    public String errorReport(@PathParam("id") long id) {
        return report.text(Messages.preferred(headers.getAcceptableLanguages()), sync.errors(id));
    }

    @POST
    @Path("{id}/stop")
    public RunSummary stop(@PathParam("id") long id) {
        return sync.stop(id);
    }

    @POST
    @Path("{id}/resume")
    public RunSummary resume(@PathParam("id") long id) {
        return sync.resume(id);
    }
}

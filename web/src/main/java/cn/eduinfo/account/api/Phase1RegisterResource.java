package cn.eduinfo.account.api;

import cn.eduinfo.account.boundary.Phase1Links;
import cn.eduinfo.api.UploadedFile;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * /api/phase1-register: the register of phase 1's accounts (MoE information centre). POST a CSV file
 * (platform/phase1.xhtml describes it) to replace it; a refused file answers 400 with every problem by line.
 */
@Path("phase1-register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class Phase1RegisterResource {

    @EJB
    Phase1Links links;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    public Phase1Links.Register register() {
        return links.register();
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv"})
    public Response load(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                         @QueryParam("name") String name) throws IOException {
        Phase1Links.Loaded loaded = links.load(name == null ? "phase1.csv" : name, UploadedFile.read(body, length, Phase1Links.MAX_FILE_BYTES));
        if (loaded.problems().isEmpty()) {
            return Response.ok(Json.createObjectBuilder().add("accounts", loaded.accounts()).add("unlinked", loaded.unlinked()).build()).build();
        }
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        JsonArrayBuilder problems = Json.createArrayBuilder();
        loaded.problems().forEach(p -> problems.add(Json.createObjectBuilder().add("line", p.line()).add("key", p.key())
                .add("message", messages.get(locale, p.key(), p.args().toArray()))));
        return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder().add("key", "phase1.file.refused")
                .add("message", messages.get(locale, "phase1.file.refused")).add("problems", problems).build()).build();
    }
}

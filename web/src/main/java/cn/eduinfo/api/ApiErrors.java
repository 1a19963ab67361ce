package cn.eduinfo.api;

import cn.eduinfo.shared.ConflictException;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.OutOfScopeException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every refusal as JSON {key, message} in the caller's language (Accept-Language), never a stack
 * trace: 403 for anything outside the caller's scope or role, 409 when someone else changed it first,
 * 400 for a broken rule.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
            return error(Response.Status.FORBIDDEN, "error.outOfScope");
        }
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof OutOfScopeException) {
            return error(Response.Status.FORBIDDEN, "error.outOfScope");
        }
        if (cause instanceof ConflictException c) {
            return error(Response.Status.CONFLICT, c.key(), c.args().toArray());
        }
        if (cause instanceof DomainException d) {
            return error(Response.Status.BAD_REQUEST, d.key(), d.args().toArray());
        }
        if (isUnreadableBody(e)) {
            return error(Response.Status.BAD_REQUEST, "error.request");
        }
        if (cause instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return error(Response.Status.fromStatusCode(w.getResponse().getStatus()), "error.request");
        }
        LOG.log(Level.SEVERE, "API failure", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "error.internal");
    }

    private Locale locale() {
        return Messages.preferred(headers == null ? null : headers.getAcceptableLanguages());
    }

    /** A body that is not the JSON the resource takes (malformed, or an array for an object). */
    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private Response error(Response.Status status, String key, Object... args) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("key", key).add("message", messages.get(locale(), key, args)).build())
                .build();
    }
}

package cn.eduinfo.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Optional;

/**
 * A postback from a page whose view the session no longer holds (it keeps a user's last views only,
 * web.xml, so that the session each request replicates stays small) opens that page afresh, with a
 * message in the user's language saying that what they sent was not carried out. Without this a
 * non-ajax postback landed on the login page of a user still signed in, and an ajax one (most of the
 * screens' buttons) showed nothing at all: an ajax request's exception reaches no error page.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Optional<ViewExpiredException> expired = expired(events.next().getContext().getException());
                if (expired.isPresent()) {
                    events.remove();
                    reopen(FacesContext.getCurrentInstance(), expired.get());
                }
            }
            getWrapped().handle();
        }

        private static Optional<ViewExpiredException> expired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException e) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        /** Redirects (a partial-response redirect for ajax) to the page as the browser showed it, message kept in the flash. */
        private static void reopen(FacesContext faces, ViewExpiredException expired) {
            ExternalContext external = faces.getExternalContext();
            String text = CDI.current().select(Messages.class).get()
                    .get(CDI.current().select(LanguageBacking.class).get().getLocale(), "page.expired");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(pageShown(external).orElse(external.getRequestContextPath() + expired.getViewId()));
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        /**
         * The page the postback came from, with its query (a run's id, say), from the Referer: only its path
         * and query, and only within this application, so that the redirect never leads elsewhere.
         */
        private static Optional<String> pageShown(ExternalContext external) {
            String referer = external.getRequestHeaderMap().get("Referer");
            try {
                URI page = referer == null ? null : URI.create(referer);
                if (page == null || page.getRawPath() == null || !page.getRawPath().startsWith(external.getRequestContextPath() + "/")) {
                    return Optional.empty();
                }
                return Optional.of(page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
    }
}

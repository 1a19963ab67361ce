package cn.eduinfo.security;

import cn.eduinfo.account.boundary.SecurityPolicies;
import cn.eduinfo.audit.control.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;

/**
 * One mechanism for both doors: the PrimeFaces login page (a custom form that calls
 * SecurityContext.authenticate) for people, HTTP Basic for the JSON API. A form login changes the
 * session id and sets the idle timeout; later requests are recognised from the session.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RequestOrigin origin;

    @Inject
    LoginAttempt attempt;

    /** The security administrator's idle time-out, read at each sign-in. */
    @EJB
    SecurityPolicies policies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        origin.setAddress(request.getRemoteAddr());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, context);
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        attempt.setChannel("form");
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signedIn(request, context, result);
    }

    /** A new session id on every sign-in (no fixation), with the idle timeout. */
    private AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        session.setMaxInactiveInterval(policies.policy().idleMinutes() * 60);
        session.setAttribute(SignedIn.SESSION_KEY, new SignedIn(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Basic on every request, or once on POST /api/session: an API client that keeps the session
     * cookie is then recognised like a signed-in page (the password is not re-checked on every call).
     */
    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        attempt.setChannel("api");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return unauthorized(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, context);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, context);
        }
        return isApiSignIn(request) ? signedIn(request, context, result) : context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"eduinfo\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** A JSF ajax request cannot follow a 302: it gets a partial-response redirect instead. */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String target = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target + "\"/></partial-response>");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }

    private static boolean isApiSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/api/session");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}

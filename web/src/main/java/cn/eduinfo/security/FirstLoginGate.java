package cn.eduinfo.security;

import cn.eduinfo.account.boundary.MyAccount;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Until the holder has set their own password and given their personal information (第十三条),
 * every page leads to the first-login form and the API answers 403, except what that form needs.
 */
@WebFilter(urlPatterns = "/*")
public class FirstLoginGate extends HttpFilter {

    public static final String FIRST_LOGIN_PAGE = "/account/first-login.xhtml";

    @EJB
    MyAccount myAccount;

    @Inject
    Messages messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() == null || allowedDuringSetup(request) || !needsSetup(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (AppAuthenticationMechanism.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"key\":\"account.setupRequired\",\"message\":\""
                    + messages.get(request.getLocale(), "account.setupRequired") + "\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + FIRST_LOGIN_PAGE);
    }

    private boolean needsSetup(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.NEEDS_SETUP_KEY) instanceof Boolean cached) {
            return cached;
        }
        // API callers keep no session: ask each time.
        return myAccount.me().needsSetup();
    }

    private static boolean allowedDuringSetup(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(FIRST_LOGIN_PAGE) || path.startsWith("/jakarta.faces.resource/")
                || path.equals(AppAuthenticationMechanism.LOGIN_PAGE) || path.equals("/error.xhtml")
                || path.equals("/logout") || path.startsWith("/api/me");
    }
}

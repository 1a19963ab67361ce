package cn.eduinfo.security;

import cn.eduinfo.audit.boundary.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the session (POST only, so that a link from elsewhere cannot log a user out). */
@WebServlet("/logout")
public class Logout extends HttpServlet {

    @EJB
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            audit.record("LOGOUT", "ACCOUNT", request.getUserPrincipal().getName(), null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + AppAuthenticationMechanism.LOGIN_PAGE);
    }
}

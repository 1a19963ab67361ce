package cn.eduinfo.security;

import cn.eduinfo.account.LoginOutcome;
import cn.eduinfo.account.boundary.MyAccount;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** login.xhtml */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    Messages messages;

    @EJB
    MyAccount myAccount;

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            LoginOutcome outcome = attempt.getOutcome() == null ? LoginOutcome.BAD_CREDENTIALS : attempt.getOutcome();
            messages.error(outcome.messageKey());
            password = null;
            return null;
        }
        boolean needsSetup = myAccount.me().needsSetup();
        request.getSession().setAttribute(SignedIn.NEEDS_SETUP_KEY, needsSetup);
        return (needsSetup ? FirstLoginGate.FIRST_LOGIN_PAGE : "/home.xhtml") + "?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package cn.eduinfo.security;

import cn.eduinfo.account.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** Carries why a login failed from the identity store back to the login page within one request. */
@RequestScoped
public class LoginAttempt {

    private String channel = "form";
    private LoginOutcome outcome;

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}

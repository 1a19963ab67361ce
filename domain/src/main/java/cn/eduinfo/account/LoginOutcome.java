package cn.eduinfo.account;

/** What a login attempt came to; each has a message key for the login page. */
public enum LoginOutcome {
    SUCCESS("login.success"),
    BAD_CREDENTIALS("login.badCredentials"),
    LOCKED("login.locked"),
    DISABLED("login.disabled"),
    NOT_ISSUED("login.notIssued");

    private final String messageKey;

    LoginOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

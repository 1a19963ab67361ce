package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.LoginOutcome;
import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks credentials (user name or phase-1 alias) for the login mechanism, keeps the lock-out and audits every attempt. */
@Stateless
@PermitAll
public class Authentication {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{1,40}");

    /** @param username the account's own name, also when it was signed in to by its phase-1 alias */
    public record Result(LoginOutcome outcome, String username, Role role) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SecurityPolicies policies;

    public Result authenticate(String username, String password, String channel) {
        Optional<Account> account = find(username);
        LoginOutcome outcome = account
                .map(a -> a.attemptLogin(password == null ? "" : password, clock.instant(), policies.policy().lockout()))
                .orElse(LoginOutcome.BAD_CREDENTIALS);
        String actor = account.map(Account::getUsername).orElse(username == null ? "" : username);
        String alias = account.filter(a -> !a.getUsername().equals(username)).map(a -> " (phase-1 alias " + username + ")").orElse("");
        audit.recordAs(actor, outcome == LoginOutcome.SUCCESS ? "LOGIN_SUCCESS" : "LOGIN_FAILURE",
                "ACCOUNT", account.map(Account::getId).orElse(null), outcome.name() + " via " + channel + alias);
        return outcome == LoginOutcome.SUCCESS ? new Result(outcome, actor, account.get().getRole()) : new Result(outcome, null, null);
    }

    private Optional<Account> find(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        // An account's own name first: an alias never has a phase-2 name's shape, and no alias is an account's name.
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .or(() -> em.createQuery("SELECT a FROM Account a WHERE a.phase1Alias = :u", Account.class)
                        .setParameter("u", username).getResultStream().findFirst());
    }
}

package cn.eduinfo.security;

import cn.eduinfo.account.LoginOutcome;
import cn.eduinfo.account.boundary.Authentication;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Validates user name (or phase-1 alias) and password against the accounts; the caller is the account's own
 * name, whichever was typed, and its role the one group.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    Authentication authentication;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var result = authentication.authenticate(credential.getCaller(), credential.getPasswordAsString(), attempt.getChannel());
        attempt.setOutcome(result.outcome());
        return result.outcome() == LoginOutcome.SUCCESS
                ? new CredentialValidationResult(result.username(), Set.of(result.role().name()))
                : CredentialValidationResult.INVALID_RESULT;
    }
}

package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.audit.boundary.AuditTrail;
import java.io.Serializable;

/** A one-time initial password, shown once to the manager who hands the account out. */
public record IssuedCredential(long accountId, String username, String initialPassword) implements Serializable {

    /** A reset by its manager (organisation or platform account): a new one-time password, audited. */
    static IssuedCredential reset(Account target, AuditTrail audit) {
        String initial = target.issueInitialPassword();
        audit.record("PASSWORD_RESET", "ACCOUNT", target.getId(), target.getUsername());
        return new IssuedCredential(target.getId(), target.getUsername(), initial);
    }
}

package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.Role;
import java.io.Serializable;
import java.time.Instant;

/** An account as its manager sees it: never the hash. */
public record AccountSummary(long id, String username, Role role, Long organisationId, String organisationCode,
                             String organisationName, boolean enabled, boolean handedOut, boolean locked,
                             String holderName, String holderPosition, String holderPhone, String holderEmail)
        implements Serializable {

    public static AccountSummary of(Account a, Instant now) {
        var org = a.getOrganisation();
        var info = a.getPersonalInfo();
        return new AccountSummary(a.getId(), a.getUsername(), a.getRole(), org == null ? null : org.getId(),
                org == null ? null : org.getCode(), org == null ? null : org.getName(), a.isEnabled(),
                a.isHandedOut(), a.isLocked(now), info.getRealName(), info.getPosition(), info.getPhone(), info.getEmail());
    }
}

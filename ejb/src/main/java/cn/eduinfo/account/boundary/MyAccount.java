package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.HolderFiling;
import cn.eduinfo.account.PersonalInfo;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** What the holder of an account does to it: first-login password, personal information. */
@Stateless
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
public class MyAccount {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SecurityPolicies policies;

    public Me me() {
        return Me.of(caller.account());
    }

    public Me changePassword(String current, String newPassword) {
        Account me = caller.account();
        me.changePassword(current, newPassword, policies.policy().minPasswordLength());
        audit.record("PASSWORD_CHANGED", "ACCOUNT", me.getId(), me.getUsername());
        return Me.of(me);
    }

    /** A new holder of a provincial authority's or an MoE university's account is filed with the CEEC (HolderFiling). */
    public Me recordPersonalInfo(String realName, String position, String phone, String email) {
        Account me = caller.account();
        String previousHolder = me.getPersonalInfo().getRealName();
        PersonalInfo info = new PersonalInfo(realName, position, phone, email);
        boolean newHolder = me.recordPersonalInfo(info, clock.instant());
        if (newHolder) {
            HolderFiling.ofChange(me, previousHolder, info, clock.instant()).ifPresent(em::persist);
        }
        audit.record(newHolder ? "HOLDER_CHANGED" : "PERSONAL_INFO_CHANGED", "ACCOUNT", me.getId(),
                realName + " / " + position + " / " + phone + " / " + email);
        return Me.of(me);
    }
}

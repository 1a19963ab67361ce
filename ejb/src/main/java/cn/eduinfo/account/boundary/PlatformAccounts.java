package cn.eduinfo.account.boundary;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.PlatformStaff;
import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * The platform staff's own accounts (平台账号, separated duties, PlatformStaff): the security administrator adds,
 * resets and disables the system and audit administrators' accounts (one person, one account), the system
 * administrator the security administrators'.
 */
@Stateless
@RolesAllowed({"SECURITY_ADMIN", "SYSTEM_ADMIN"})
public class PlatformAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @param manageable whether the caller may reset, enable or disable it */
    public record StaffLine(long id, String username, Role role, boolean enabled, boolean locked, boolean mustChangePassword,
                            boolean manageable) implements Serializable {
    }

    public List<StaffLine> list() {
        Account me = caller.account();
        return em.createQuery("SELECT a FROM Account a WHERE a.role IN :roles ORDER BY a.role, a.username", Account.class)
                .setParameter("roles", List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN))
                .getResultStream().map(a -> new StaffLine(a.getId(), a.getUsername(), a.getRole(), a.isEnabled(),
                        a.isLocked(clock.instant()), a.isMustChangePassword(), PlatformStaff.mayManage(me, a))).toList();
    }

    /** The desks whose accounts the caller adds. */
    public List<Role> desks() {
        Role me = caller.account().getRole();
        return Stream.of(Role.values()).filter(r -> r.isPlatform() && PlatformStaff.managesDesk(me, r)).toList();
    }

    /** A new account for a desk, with a one-time password to hand to its holder, who must change it at first login. */
    public IssuedCredential create(String username, Role role) {
        String name = username == null ? null : username.strip();
        PlatformStaff.checkUsername(name);
        if (role == null || !role.isPlatform() || !PlatformStaff.managesDesk(caller.account().getRole(), role)) {
            throw new DomainException("platform.role.invalid");
        }
        if (em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username = :n OR a.phase1Alias = :n", Long.class)
                .setParameter("n", name).getSingleResult() > 0) {
            throw new DomainException("platform.username.taken", name);
        }
        Account account = Account.platform(name, role, caller.account().getOrganisation(), clock.instant());
        String initial = account.issueInitialPassword();
        em.persist(account);
        em.flush();
        audit.record("PLATFORM_ACCOUNT_CREATED", "ACCOUNT", account.getId(), name + " " + role);
        return new IssuedCredential(account.getId(), name, initial);
    }

    public IssuedCredential resetPassword(long accountId) {
        return IssuedCredential.reset(manageable(accountId), audit);
    }

    public StaffLine setEnabled(long accountId, boolean enabled) {
        Account target = manageable(accountId);
        if (!enabled) {
            // Locked, so that two managers disabling the desk's last two accounts at once do not both succeed.
            PlatformStaff.checkDisable(target, em.createQuery("SELECT a FROM Account a WHERE a.role = :r AND a.enabled = TRUE", Account.class)
                    .setParameter("r", target.getRole()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size());
        }
        target.setEnabled(enabled);
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "ACCOUNT", target.getId(), target.getUsername());
        return list().stream().filter(l -> l.id() == accountId).findFirst().orElseThrow();
    }

    private Account manageable(long accountId) {
        Account target = em.find(Account.class, accountId);
        if (target == null || !PlatformStaff.mayManage(caller.account(), target)) {
            throw new OutOfScopeException();
        }
        return target;
    }
}

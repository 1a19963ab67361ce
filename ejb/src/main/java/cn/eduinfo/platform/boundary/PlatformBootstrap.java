package cn.eduinfo.platform.boundary;

import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.account.Account;
import cn.eduinfo.account.AccountRules;
import cn.eduinfo.account.PasswordHasher;
import cn.eduinfo.account.Role;
import cn.eduinfo.audit.AuditEntry;
import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new installation has nobody to log in: the first start creates the MoE and the three platform
 * accounts (system, security and audit administration, separated duties) with one-time initial
 * passwords, from {@code eduinfo.bootstrap.password} or generated and written once to the server log.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoData"})
@PermitAll
public class PlatformBootstrap {

    public static final Map<String, Role> PLATFORM_ACCOUNTS = Map.of(
            "sysadmin", Role.SYSTEM_ADMIN, "secadmin", Role.SECURITY_ADMIN, "auditadmin", Role.AUDIT_ADMIN);

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "eduinfo.bootstrap.password")
    Optional<String> initialPassword;

    @PostConstruct
    void bootstrap() {
        SqlDialect.seedOneInstanceAtATime(em);
        if (em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :r", Long.class)
                .setParameter("r", Role.SYSTEM_ADMIN).getSingleResult() > 0) {
            return;
        }
        Organisation moe = em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class)
                .setParameter("c", OrgCodes.MOE).getResultStream().findFirst()
                .orElseGet(this::createMoe);
        PLATFORM_ACCOUNTS.forEach((username, role) -> {
            Account account = Account.platform(username, role, moe, clock.instant());
            String password = initialPassword.filter(p -> !p.isBlank()).orElseGet(PasswordHasher::initialPassword);
            account.setInitialPassword(password);
            em.persist(account);
            if (initialPassword.isEmpty()) {
                LOG.warning(() -> "first start: platform account " + username + " has the one-time password " + password);
            }
        });
        em.persist(new AuditEntry(clock.instant(), "system", "PLATFORM_BOOTSTRAPPED", "ACCOUNT", null,
                String.join(", ", PLATFORM_ACCOUNTS.keySet()), "system"));
    }

    private Organisation createMoe() {
        Organisation moe = Organisation.moe("中华人民共和国教育部");
        em.persist(moe);
        AccountRules.accountsFor(moe, clock.instant()).forEach(em::persist);
        return moe;
    }
}

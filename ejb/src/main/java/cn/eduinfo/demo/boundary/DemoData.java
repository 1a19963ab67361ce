package cn.eduinfo.demo.boundary;

import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.account.Account;
import cn.eduinfo.account.PersonalInfo;
import cn.eduinfo.account.AccountRules;
import cn.eduinfo.account.Phase1Account;
import cn.eduinfo.account.Phase1Register;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.demo.DemoTree;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.platform.boundary.PlatformBootstrap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data set into an empty database when {@code eduinfo.demo.enabled} is set (the
 * embedded default and the tests). Demo accounts get the demo password and a holder, so they are
 * not forced through first login; every other generated account waits to be handed out.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@PermitAll
public class DemoData {

    /** User names listed in the README, each with the holder shown on its home page. */
    public static final List<String> DEMO_USERNAMES = List.of(
            "000000A1", "000000R1", "000000I1",
            "460000A1", "460000R1", "460000I1",
            "460100A1", "460100R1", "460100I1",
            "460105A1", "460105R1", "460105I1",
            "460106A1",
            "2146000001A1",
            "4111010001A1", "4111010001R1", "4111010001I1");

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "eduinfo.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "eduinfo.demo.password", defaultValue = "Demo@2026")
    String demoPassword;

    @PostConstruct
    void load() {
        SqlDialect.seedOneInstanceAtATime(em);
        if (!enabled || em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Organisation> tree = DemoTree.build();
        Organisation moe = tree.get(0);
        for (Organisation org : tree) {
            em.persist(org);
            AccountRules.accountsFor(org, clock.instant()).forEach(em::persist);
            if (!org.getKind().isAuthority()) {
                // Phase 1's register, as if each school had had an account there (platform/phase1.xhtml).
                em.persist(new Phase1Account(new Phase1Register.Entry("p1_" + org.getCode(), org.getCode())));
            }
        }
        em.flush();
        int n = 0;
        for (String username : DEMO_USERNAMES) {
            prepare(find(username), "演示用户" + (++n));
        }
        PlatformBootstrap.PLATFORM_ACCOUNTS.forEach((username, role) -> {
            Account platform = Account.platform(username, role, moe, clock.instant());
            em.persist(platform);
            prepare(platform, "平台" + username);
        });
        audit.recordAs("system", "DEMO_DATA_LOADED", "ORGANISATION", tree.size(), tree.size() + " organisations");
        LOG.info(() -> "demo data loaded: " + tree.size() + " organisations");
    }

    private void prepare(Account account, String holder) {
        account.setKnownPassword(demoPassword);
        account.recordPersonalInfo(new PersonalInfo(holder, "信息化专员", "0898-66000000", account.getUsername().toLowerCase() + "@demo.edu.cn"), clock.instant());
    }

    private Account find(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
    }
}

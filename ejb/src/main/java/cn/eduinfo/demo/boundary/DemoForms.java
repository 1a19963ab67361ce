package cn.eduinfo.demo.boundary;

import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.demo.DemoFormValues;
import cn.eduinfo.form.Audience;
import cn.eduinfo.form.Catalogue;
import cn.eduinfo.form.FormData;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.CheckResult;
import cn.eduinfo.form.FormChecker;
import cn.eduinfo.form.CheckSettings;
import cn.eduinfo.form.control.FormVersions;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.reporting.Quarter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the demo data set, every demo unit has reported the quarter before the one being filled, so
 * that forms open prefilled, 'confirm unchanged' has something to confirm and peers exist.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "CatalogueSeed"})
@PermitAll
public class DemoForms {

    private static final Logger LOG = Logger.getLogger(DemoForms.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FormVersions versions;

    @Inject
    @ConfigProperty(name = "eduinfo.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        SqlDialect.seedOneInstanceAtATime(em);
        if (!enabled || em.createQuery("SELECT COUNT(f) FROM FormData f", Long.class).getSingleResult() > 0) {
            return;
        }
        Quarter last = Quarter.toFill(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))).previous();
        Catalogue catalogue = versions.catalogue();
        Random random = new Random(2019);
        int n = 0;
        for (Organisation org : em.createQuery("SELECT o FROM Organisation o WHERE o.status = :s ORDER BY o.id", Organisation.class)
                .setParameter("s", OrgStatus.ACTIVE).getResultList()) {
            Audience audience = Audience.of(org.getKind(), org.getSchoolCategory());
            FormVersion version = catalogue.versionFor(audience.form(), last).applicableTo(audience);
            CheckResult checked = FormChecker.check(version, DemoFormValues.generate(version, random).typedIn(version), null, null,
                    Map.of(), CheckSettings.DEFAULTS);
            FormData form = FormData.open(org, last, version, checked.values(), "demo", clock.instant());
            form.save(checked, "demo", clock.instant());
            em.persist(form);
            n++;
        }
        LOG.info("demo forms of " + last + " stored for " + n + " units");
    }
}

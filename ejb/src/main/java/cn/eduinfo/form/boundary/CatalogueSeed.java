package cn.eduinfo.form.boundary;

import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.form.DefaultCatalogue;
import cn.eduinfo.form.StoredFormVersion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/** A new installation gets the default indicator catalogue (three forms, version 1) to start from. */
@Singleton
@Startup
@DependsOn("Migrations")
@PermitAll
public class CatalogueSeed {

    private static final Logger LOG = Logger.getLogger(CatalogueSeed.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        SqlDialect.seedOneInstanceAtATime(em);
        if (em.createQuery("SELECT COUNT(v) FROM StoredFormVersion v", Long.class).getSingleResult() > 0) {
            return;
        }
        DefaultCatalogue.load().all().forEach(v -> em.persist(new StoredFormVersion(v, "system", clock.instant())));
        LOG.info("default indicator catalogue stored");
    }
}

package cn.eduinfo.reporting.control;

import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Extension;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.TierCalendar;
import cn.eduinfo.reporting.TierWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tier calendar of 第十八条 as it stands: the windows from MicroProfile Config (README,
 * 'Configuration') with the MoE's extensions from the database, read afresh on each call so that every
 * instance of the cluster goes by the same deadlines.
 */
@ApplicationScoped
public class Calendars {

    @Inject
    @ConfigProperty(name = "eduinfo.reporting.windows", defaultValue = "county=1-5,prefecture=6-10,province=11-15,national=16-20")
    String windows;

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public TierCalendar current() {
        List<Object[]> rows = em.createNativeQuery("SELECT quarter_key, tier, new_deadline FROM deadline_extension ORDER BY granted_at")
                .getResultList();
        List<Extension> extensions = rows.stream()
                .map(r -> new Extension(Quarter.ofKey(((Number) r[0]).intValue()), Tier.valueOf((String) r[1]), ((Timestamp) r[2]).toInstant()))
                .toList();
        return new TierCalendar(TierWindows.parse(windows), extensions);
    }
}

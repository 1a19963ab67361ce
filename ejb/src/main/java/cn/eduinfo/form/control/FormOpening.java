package cn.eduinfo.form.control;

import cn.eduinfo.form.Audience;
import cn.eduinfo.form.Catalogue;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.SqlDialect;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * The statement that opens a quarter (第十五条): the form of every active unit that has none yet, carrying
 * its last values, under the version valid for the quarter. Idempotent. Used by the quarter's opening
 * and, for a quarter already in use, by its deadlines (a unit must have data to be auto-reported).
 */
@Dependent
public class FormOpening {

    private static final Logger LOG = Logger.getLogger(FormOpening.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FormVersions versions;

    @Inject
    Clock clock;

    /** @return how many forms were written */
    public int open(Quarter quarter) {
        Catalogue catalogue = versions.catalogue();
        SqlDialect dialect = SqlDialect.of(em);
        dialect.refreshStatistics(em, "organisation", "form_data");
        long start = System.nanoTime();
        int written = em.createNativeQuery("INSERT INTO form_data (id, organisation_id, quarter, form_kind, version_number, form_values,"
                        + " explanations, data_status, updated_at, updated_by, version)"
                        + " SELECT " + dialect.nextId("form_seq") + ", o.id, ?1, k.form_kind, k.version_number,"
                        + " COALESCE((SELECT p.form_values FROM form_data p WHERE p.organisation_id = o.id AND p.quarter < ?1"
                        + " ORDER BY p.quarter DESC FETCH FIRST 1 ROWS ONLY), '{}'), '{}', 'NONE', ?2, 'quarter-opening', 1"
                        + " FROM organisation o JOIN (" + formOfEachUnit(catalogue, quarter) + ") k"
                        + " ON k.kind = o.kind AND COALESCE(o.school_category, '-') = k.category"
                        + " WHERE o.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM form_data f WHERE f.organisation_id = o.id AND f.quarter = ?1)")
                .setParameter(1, quarter.key())
                .setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
        dialect.refreshStatistics(em, "form_data");
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "quarter " + quarter + " opened: " + written + " forms in " + ms + " ms");
        return written;
    }

    /** Audience.of as a table: the form, and its version for the quarter, of every kind and category of unit. */
    private static String formOfEachUnit(Catalogue catalogue, Quarter quarter) {
        StringJoiner rows = new StringJoiner(" UNION ALL ");
        Audience.forEachUnitShape((kind, category) -> {
            FormKind form = Audience.of(kind, category).form();
            rows.add("SELECT '" + kind + "' AS kind, '" + (category == null ? "-" : category.name()) + "' AS category, '" + form
                    + "' AS form_kind, " + catalogue.versionFor(form, quarter).number() + " AS version_number");
        });
        return rows.toString();
    }
}

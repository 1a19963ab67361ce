package cn.eduinfo.bench;

import cn.eduinfo.demo.DemoFormValues;
import cn.eduinfo.form.Audience;
import cn.eduinfo.form.Catalogue;
import cn.eduinfo.form.DefaultCatalogue;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.reporting.Quarter;
import java.util.Random;

/**
 * Writes the SQL that gives every active unit of a database a reported form for one quarter, with
 * plausible values of its own form (the demo generator's, one set per audience), as the set-up of
 * batch/benchmark-form-storage. Not part of what is measured.
 *
 *   java cn.eduinfo.bench.SeedFormsSql 2026Q3 > seed.sql
 */
public final class SeedFormsSql {

    private SeedFormsSql() {
    }

    public static void main(String[] args) {
        Quarter quarter = Quarter.parse(args[0]);
        Catalogue catalogue = DefaultCatalogue.load();
        Random random = new Random(1);
        Audience.forEachUnitShape((kind, category) -> {
            Audience audience = Audience.of(kind, category);
            FormVersion version = catalogue.versionFor(audience.form(), quarter).applicableTo(audience);
            String json = DemoFormValues.generate(version, random).toJson().replace("'", "''");
            System.out.println("INSERT INTO form_data (id, organisation_id, quarter, form_kind, version_number, form_values, explanations,"
                    + " data_status, updated_at, updated_by, version) SELECT nextval('form_seq'), o.id, " + quarter.key() + ", '"
                    + audience.form() + "', " + version.number() + ", '" + json + "', '{}', 'UPDATED', now(), 'seed', 1"
                    + " FROM organisation o WHERE o.status = 'ACTIVE' AND o.kind = '" + kind + "' AND "
                    + (category == null ? "o.school_category IS NULL" : "o.school_category = '" + category + "'") + ";");
        });
    }
}

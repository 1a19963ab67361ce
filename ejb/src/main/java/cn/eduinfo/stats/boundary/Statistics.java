package cn.eduinfo.stats.boundary;

import cn.eduinfo.form.FormData;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.form.control.FormVersions;
import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.shared.control.Caller;
import cn.eduinfo.stats.control.TotalsWorkbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import cn.eduinfo.reporting.SubmissionState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Sums of indicators over the caller's subtree for a quarter, by province, prefecture or county (第四条: what
 * a subtree reported, viewable by inspectors and above). On PostgreSQL one aggregate query reads the
 * values out of each form's row; on the embedded H2 the forms are summed in Java.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "REVIEWER", "ADMINISTRATOR"})
public class Statistics {

    public static final int MAX_INDICATORS = 20;

    /**
     * PROVINCE: the unit's top-level area under the MoE; PREFECTURE: its area one level below the province (a prefecture,
     * a municipality's district, a province-direct county), the province itself for the province's own direct units;
     * COUNTY: the unit's direct superior (the county, for schools).
     */
    public enum Grouping {
        PROVINCE, PREFECTURE, COUNTY;

        /** The grouping a viewer first sees: one level below its own area (the county's schools for a county and below). */
        public static Grouping below(OrgKind viewer) {
            return switch (viewer) {
                case MOE -> PROVINCE;
                case PROVINCE -> PREFECTURE;
                default -> COUNTY;
            };
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FormVersions versions;

    /** What units have sent (submitted, reported, auto-reported, accepted, withdrawal asked) is locked: the statistics of record. */
    private static final String SENT = "EXISTS (SELECT 1 FROM submission s WHERE s.org_id = f.organisation_id AND s.quarter_key = f.quarter"
            + " AND s.state NOT IN ('NOT_STARTED', 'DRAFT', 'RETURNED'))";

    /**
     * The indicators of the form version in force for the quarter whose sums mean something, in the catalogue's
     * order: counts and amounts (a sum of percentages is none; the API still gives it, beside the number of forms).
     */
    /** The caller's first grouping (Grouping.below its own unit). */
    public Grouping defaultGrouping() {
        return Grouping.below(caller.account().getOrganisation().getKind());
    }

    public List<Indicator> summable(FormKind kind, Quarter quarter) {
        return versions.catalogue().versionFor(kind, quarter).indicators().stream()
                .filter(i -> i.type().isSummable()).toList();
    }

    /**
     * @param asReported only the data units have sent up, which is locked (第十九条): the statistics of record,
     *                   unchanged until a return; otherwise every form as it stands
     */
    public List<AreaTotal> totals(Quarter quarter, FormKind kind, List<String> indicators, Grouping by, boolean asReported) {
        indicators = columns(quarter, kind, indicators).stream().map(Indicator::code).toList();
        String root = caller.account().getOrganisation().getPath();
        return SqlDialect.of(em) == SqlDialect.POSTGRES ? inSql(quarter, kind, indicators, by, root, asReported)
                : inJava(quarter, kind, indicators, by, root, asReported);
    }

    /** The asked indicators of the quarter's form, once each, in the order asked; refused unless 1 to 20 numeric ones. */
    private List<Indicator> columns(Quarter quarter, FormKind kind, List<String> codes) {
        FormVersion version = versions.catalogue().versionFor(kind, quarter);
        List<String> distinct = codes.stream().map(String::strip).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_INDICATORS) {
            throw new DomainException("stats.indicatorCount", MAX_INDICATORS);
        }
        return distinct.stream().map(code -> version.indicator(code).filter(i -> i.type().isNumeric())
                .orElseThrow(() -> new DomainException("stats.notNumeric", code.length() > 20 ? "?" : code, kind))).toList();
    }

    /** The same totals, then their total line, as an Excel workbook headed in the caller's language (the page's export). */
    public byte[] workbook(Quarter quarter, FormKind kind, List<String> indicators, Grouping by, boolean asReported,
                           TotalsWorkbook.Labels labels) {
        List<AreaTotal> rows = new ArrayList<>(totals(quarter, kind, indicators, by, asReported));
        List<Indicator> columns = columns(quarter, kind, indicators);
        if (!rows.isEmpty()) {
            rows.add(AreaTotal.sumOf(rows, columns.size()));
        }
        return TotalsWorkbook.write(quarter.toString(), labels, columns, rows);
    }

    /**
     * One aggregate over the quarter's forms: jsonb_to_record reads the asked values of a form in one
     * pass (each ->> on a compressed value would decompress it again). The codes are the catalogue's
     * (checked above against its pattern and this form), so they are safe as quoted column names.
     */
    private List<AreaTotal> inSql(Quarter quarter, FormKind kind, List<String> indicators, Grouping by, String root, boolean asReported) {
        StringJoiner sums = new StringJoiner("");
        StringJoiner outer = new StringJoiner("");
        StringJoiner columns = new StringJoiner(", ");
        for (int i = 0; i < indicators.size(); i++) {
            sums.add(", SUM(CAST(x.\"" + indicators.get(i) + "\" AS numeric)) AS s" + i);
            outer.add(", t.s" + i);
            columns.add("\"" + indicators.get(i) + "\" text");
        }
        // Grouped by the province's code or the superior's id, then named by one join per area (not per form).
        String area = switch (by) {
            case PROVINCE -> "split_part(o.path, '/', 3)";
            // An authority's code has 6 digits, a unit's 10: a province's direct units count to the province.
            case PREFECTURE -> "CASE WHEN length(split_part(o.path, '/', 4)) = 6 THEN split_part(o.path, '/', 4) ELSE split_part(o.path, '/', 3) END";
            case COUNTY -> "o.parent_id";
        };
        String areaJoin = by == Grouping.COUNTY ? "a.id = t.area" : "a.code = t.area";
        Query query = em.createNativeQuery("SELECT a.code, a.name, t.units" + outer
                        + " FROM (SELECT " + area + " AS area, COUNT(*) AS units" + sums
                        + " FROM form_data f JOIN organisation o ON o.id = f.organisation_id"
                        + " CROSS JOIN LATERAL jsonb_to_record(f.form_values) AS x(" + columns + ")"
                        + " WHERE f.quarter = ?1 AND f.form_kind = ?2" + (isWholeTree(root) ? "" : " AND o.path LIKE ?3")
                        + (asReported ? " AND " + SENT : "") + " GROUP BY 1) t"
                        + " JOIN organisation a ON " + areaJoin + " ORDER BY a.code")
                .setParameter(1, quarter.key()).setParameter(2, kind.name());
        if (!isWholeTree(root)) {
            query.setParameter(3, root + "%");
        }
        List<AreaTotal> totals = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 3; i < r.length; i++) {
                values.add(r[i] == null ? BigDecimal.ZERO : new BigDecimal(r[i].toString()));
            }
            totals.add(new AreaTotal((String) r[0], (String) r[1], ((Number) r[2]).longValue(), values));
        }
        return totals;
    }

    /** The MoE sees the whole tree: a prefix test on every unit's path would only slow the plan down. */
    private static boolean isWholeTree(String root) {
        return root.equals("/" + OrgCodes.MOE + "/");
    }

    private List<AreaTotal> inJava(Quarter quarter, FormKind kind, List<String> indicators, Grouping by, String root, boolean asReported) {
        Map<String, Organisation> areas = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        var forms = em.createQuery("SELECT f FROM FormData f JOIN FETCH f.organisation o WHERE f.quarter = :q AND f.kind = :k"
                        + " AND o.path LIKE :root", FormData.class)
                .setParameter("q", quarter.key()).setParameter("k", kind).setParameter("root", root + "%")
                .getResultStream();
        if (asReported) {
            Set<Long> sent = new HashSet<>(em.createQuery("SELECT s.orgId FROM Submission s WHERE s.quarterKey = :q AND s.state NOT IN :open",
                            Long.class)
                    .setParameter("q", quarter.key())
                    .setParameter("open", List.of(SubmissionState.NOT_STARTED, SubmissionState.DRAFT, SubmissionState.RETURNED))
                    .getResultList());
            forms = forms.filter(f -> sent.contains(f.getOrganisation().getId()));
        }
        forms.forEach(f -> {
                    Organisation unit = f.getOrganisation();
                    String code = areaOf(unit, by);
                    counts.computeIfAbsent(code, c -> new long[1])[0]++;
                    BigDecimal[] s = sums.computeIfAbsent(code, c -> zeros(indicators.size()));
                    FormValues values = f.getValues();
                    for (int i = 0; i < indicators.size(); i++) {
                        s[i] = s[i].add(values.get(indicators.get(i)).map(BigDecimal::new).orElse(BigDecimal.ZERO));
                    }
                });
        List<AreaTotal> totals = new ArrayList<>();
        counts.forEach((code, n) -> totals.add(new AreaTotal(code, name(code), n[0], List.of(sums.get(code)))));
        return totals;
    }

    /** The code of the unit's area, as the SQL of inSql groups it. */
    private static String areaOf(Organisation unit, Grouping by) {
        String[] path = unit.getPath().split("/"); // "", "000000", province, prefecture-level area, …
        return switch (by) {
            case PROVINCE -> path[2];
            case PREFECTURE -> path.length > 3 && path[3].length() == 6 ? path[3] : path[2];
            case COUNTY -> unit.getParent().getCode();
        };
    }

    private String name(String code) {
        return em.createQuery("SELECT o.name FROM Organisation o WHERE o.code = :c", String.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(code);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }
}

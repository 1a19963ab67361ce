package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.generator.NationalStep.Area;
import cn.eduinfo.sync.generator.NationalStep.Row;
import cn.eduinfo.sync.generator.NationalStep.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national snapshot: the MoE, 31 provinces and the XPCC, every prefecture and county-level area of
 * GB/T 2260, about {@code schools} schools and teaching points spread over the counties, ~2,700 HEIs (75 of
 * them MoE universities) and a few provincial and prefecture 直属学校.
 *
 * <p>Three passes: {@link AuthorityTree} plans the tree, HEIs, 直属学校 and area weights; {@link Quotas} gives
 * each area its number of schools; then the rows are written in tree order, the areas' by {@link CountySchools}.
 *
 * <p>Deterministic: one {@link java.util.Random} ({@link Draws}) drawn in a fixed order; hash maps and sets are
 * only looked up, never iterated.
 */
final class NationalGenerator {

    private NationalGenerator() {
    }

    /** Every row, parents before children, all ACTIVE and effective {@code date}. */
    static List<RegistryRow> generate(long seed, int schools, LocalDate date) {
        return generate(GbT2260.load(), seed, schools, date);
    }

    static List<RegistryRow> generate(GbT2260 gb, long seed, int schools, LocalDate date) {
        Draws draws = new Draws(seed);
        DivisionIndex index = new DivisionIndex(gb);
        NationalRows rows = new NationalRows(date);
        List<NationalStep> steps = new ArrayList<>();
        new AuthorityTree(index, draws, rows, new HeiCatalogue(index, draws, steps), steps).plan();
        Quotas.allocate(steps, schools);
        CountySchools areas = new CountySchools(index, draws, rows);
        for (NationalStep s : steps) {
            if (s instanceof Row r) {
                rows.add(r.row());
            } else if (s instanceof School sc) {
                rows.school(sc.parent(), sc.category(), sc.kind(), sc.provinceDigits(), sc.name(), sc.division());
            } else if (s instanceof Area a) {
                areas.schoolsOf(a);
            }
        }
        return rows.rows();
    }
}

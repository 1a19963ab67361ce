package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260.Division;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.generator.NationalStep.Area;
import java.util.ArrayList;
import java.util.List;

/** The schools of one county-level area: the mix of categories for its quota, then their rows, named by {@link AreaNames}. */
final class CountySchools {

    private static final String[] VOCATIONAL = {"职业教育中心", "职业技术学校", "中等专业学校", "职业中学", "技工学校"};
    private static final String[] SPECIAL = {"特殊教育学校", "启智学校", "聋哑学校"};
    /** Teaching points per school in a fully rural county, scaled by the square of the rural share. */
    private static final double TEACHING_POINT_SHARE = 0.22;

    private final DivisionIndex index;
    private final Draws draws;
    private final NationalRows rows;

    CountySchools(DivisionIndex index, Draws draws, NationalRows rows) {
        this.index = index;
        this.draws = draws;
        this.rows = rows;
    }

    void schoolsOf(Area a) {
        int q = a.quota;
        if (q <= 0) {
            return;
        }
        List<Division> streets = index.streets(a.area.code());
        int n = Math.max(1, streets.size());
        String[] towns = new String[n];
        boolean[] urban = new boolean[n];
        List<Integer> ruralTowns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            towns[i] = a.townPrefix + (streets.isEmpty() ? a.county : Names.town(streets.get(i).name()));
            urban[i] = !streets.isEmpty() && Names.isUrban(streets.get(i).name());
            if (!urban[i]) {
                ruralTowns.add(i);
            }
        }
        double r = (double) ruralTowns.size() / n;
        int senior = q >= 12 ? Math.max(1, round(q * 0.024 * draws.jitter())) : q >= 4 ? 1 : 0;
        int vocational = q >= 20 ? Math.max(1, round(q * 0.016 * draws.jitter())) : 0;
        int special = q >= 30 ? (q >= 600 ? 2 : 1) : q >= 8 && draws.nextInt(3) == 0 ? 1 : 0;
        int junior = q >= 6 ? Math.max(1, round(q * 0.085 * draws.jitter())) : 0;
        int teachingPoints = round(q * TEACHING_POINT_SHARE * r * r * draws.jitter());
        int primary = Math.max(q >= 2 ? 1 : 0, round(q * 0.26 * draws.jitter()));
        int[] c = {senior, vocational, special, junior, primary, teachingPoints};
        int kindergartens = q;
        for (int x : c) {
            kindergartens -= x;
        }
        while (kindergartens < 0) {
            // Too small an area for the mix: take from the largest of teaching points, primary, junior, senior.
            int largest = 5;
            for (int i : new int[]{4, 3, 0}) {
                if (c[i] > c[largest]) {
                    largest = i;
                }
            }
            c[largest]--;
            kindergartens++;
        }
        AreaNames names = new AreaNames(draws, a.county, towns, urban, ruralTowns);
        String pp = a.provinceDigits;
        String division = a.area.code();
        for (int i = 1; i <= c[0]; i++) {
            rows.school(a.parent, SchoolCategory.SENIOR_SECONDARY, OrgKind.SCHOOL, pp, names.unique(a.county + "第" + Names.numeral(i) + "中学"), division);
        }
        for (int i = 0; i < c[1]; i++) {
            String name = i < VOCATIONAL.length ? a.county + VOCATIONAL[i] : a.county + "第" + Names.numeral(i - VOCATIONAL.length + 2) + "职业中学";
            rows.school(a.parent, SchoolCategory.SECONDARY_VOCATIONAL, OrgKind.SCHOOL, pp, names.unique(name), division);
        }
        for (int i = 0; i < c[2]; i++) {
            String name = a.county + (i < SPECIAL.length ? SPECIAL[i] : "第" + Names.numeral(i + 1) + "特殊教育学校");
            rows.school(a.parent, SchoolCategory.SPECIAL_EDUCATION, OrgKind.SCHOOL, pp, names.unique(name), division);
        }
        for (int i = 0; i < c[3]; i++) {
            rows.school(a.parent, SchoolCategory.JUNIOR_SECONDARY, OrgKind.SCHOOL, pp, names.junior(i), division);
        }
        for (int i = 0; i < c[4]; i++) {
            rows.school(a.parent, SchoolCategory.PRIMARY, OrgKind.SCHOOL, pp, names.primary(i), division);
        }
        for (int i = 0; i < c[5]; i++) {
            rows.school(a.parent, SchoolCategory.PRIMARY, OrgKind.TEACHING_POINT, pp, names.teachingPoint(i), division);
        }
        for (int i = 0; i < kindergartens; i++) {
            rows.school(a.parent, SchoolCategory.KINDERGARTEN, OrgKind.SCHOOL, pp, names.kindergarten(i), division);
        }
    }

    private static int round(double d) {
        return (int) Math.round(d);
    }
}

package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260.Division;
import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.generator.NationalStep.Area;
import cn.eduinfo.sync.generator.NationalStep.Row;
import cn.eduinfo.sync.generator.NationalStep.School;
import java.util.List;

/**
 * Pass 1 of the national snapshot: the authorities of GB/T 2260 in tree order, with the HEIs of
 * {@link HeiCatalogue}, the 直属学校 of provinces and prefectures, and the weight of every county-level area.
 *
 * <p>Tree shape (DOMAIN.md, as {@code DemoTree}): cities named 市辖区/县/…直辖县级 are groupings whose
 * counties sit under the province; a prefecture city whose only area is itself (儋州 460400, 东莞 441900,
 * 中山 442000, 嘉峪关 620201) holds its schools directly; the XPCC (660000) is a province under the MoE.
 */
final class AuthorityTree {

    static final String MOE_NAME = "中华人民共和国教育部";
    static final String XPCC_NAME = "新疆生产建设兵团教育局";

    /** XPCC divisions (师) and where they are. */
    private static final String[][] XPCC_DIVISIONS = {
        {"第一师", "659002"}, {"第二师", "659006"}, {"第三师", "659003"}, {"第四师", "659008"}, {"第五师", "659007"},
        {"第六师", "659004"}, {"第七师", "659010"}, {"第八师", "659001"}, {"第九师", "659012"}, {"第十师", "659005"},
        {"第十一师", "650102"}, {"第十二师", "650104"}, {"第十三师", "659011"}, {"第十四师", "659009"}};

    /** 直属学校 of a province: name after the province's own name, category. */
    private static final Object[][] PROVINCE_DIRECT = {
        {"实验中学", SchoolCategory.SENIOR_SECONDARY}, {"外国语学校", SchoolCategory.SENIOR_SECONDARY},
        {"特殊教育学校", SchoolCategory.SPECIAL_EDUCATION}, {"盲人学校", SchoolCategory.SPECIAL_EDUCATION},
        {"体育运动学校", SchoolCategory.SECONDARY_VOCATIONAL}, {"艺术学校", SchoolCategory.SECONDARY_VOCATIONAL},
        {"机关幼儿园", SchoolCategory.KINDERGARTEN}, {"实验学校", SchoolCategory.JUNIOR_SECONDARY},
        {"实验小学", SchoolCategory.PRIMARY}};
    /** 直属学校 of a prefecture. */
    private static final Object[][] PREFECTURE_DIRECT = {
        {"第一中学", SchoolCategory.SENIOR_SECONDARY}, {"实验中学", SchoolCategory.SENIOR_SECONDARY},
        {"外国语学校", SchoolCategory.SENIOR_SECONDARY}, {"特殊教育学校", SchoolCategory.SPECIAL_EDUCATION},
        {"职业技术学校", SchoolCategory.SECONDARY_VOCATIONAL}, {"体育运动学校", SchoolCategory.SECONDARY_VOCATIONAL},
        {"实验幼儿园", SchoolCategory.KINDERGARTEN}, {"实验小学", SchoolCategory.PRIMARY},
        {"育才学校", SchoolCategory.JUNIOR_SECONDARY}};

    private final DivisionIndex index;
    private final Draws draws;
    private final NationalRows rows;
    private final HeiCatalogue heis;
    private final List<NationalStep> steps;

    AuthorityTree(DivisionIndex index, Draws draws, NationalRows rows, HeiCatalogue heis, List<NationalStep> steps) {
        this.index = index;
        this.draws = draws;
        this.rows = rows;
        this.heis = heis;
        this.steps = steps;
    }

    void plan() {
        authority(OrgCodes.MOE, MOE_NAME, OrgKind.MOE, null);
        heis.moeUniversities();
        for (Division province : index.provinces()) {
            String pp = province.code();
            String code = province.divisionCode();
            String name = province.name() + (OrgCodes.isMunicipality(pp) ? "教育委员会" : "教育厅");
            authority(code, name, OrgKind.PROVINCE, OrgCodes.MOE);
            heis.provincial(code, pp, Names.provinceShort(province.name()));
            directSchools(code, pp, province.name(), PROVINCE_DIRECT, 3 + draws.nextInt(4), index.capitalAreas(pp));
            for (Division city : index.cities(pp)) {
                if (city.isGrouping()) {
                    for (Division area : index.areas(city.code())) {
                        county(code, pp, area);
                    }
                } else {
                    prefecture(code, pp, city);
                }
            }
        }
        authority(OrgCodes.XPCC, XPCC_NAME, OrgKind.PROVINCE, OrgCodes.MOE);
        heis.xpcc();
        for (String[] d : XPCC_DIVISIONS) {
            Division area = index.area(d[1]);
            if (area != null) {
                area(new Area(OrgCodes.XPCC, "66", area, "兵团" + d[0], d[0], 1));
            }
        }
    }

    private void prefecture(String provinceCode, String pp, Division city) {
        String code = city.divisionCode();
        authority(code, city.name() + "教育局", OrgKind.PREFECTURE, provinceCode);
        List<Division> areas = index.areas(city.code());
        boolean holdsDirectly = areas.stream().anyMatch(a -> holdsDirectly(city, areas, a));
        if (!holdsDirectly) {
            directSchools(code, pp, city.name(), PREFECTURE_DIRECT, 2 + draws.nextInt(3), areas);
        }
        for (Division area : areas) {
            if (holdsDirectly(city, areas, area)) {
                // A prefecture city without counties (儋州 460400, 嘉峪关 620201) holds its schools directly.
                area(new Area(code, pp, area, area.name(), "", 0));
            } else {
                county(code, pp, area);
            }
        }
    }

    /** The area is the city itself: same code (儋州 460400), or the city's only area, of the same name (嘉峪关 620201). */
    static boolean holdsDirectly(Division city, List<Division> areasOfCity, Division area) {
        return area.code().equals(city.divisionCode())
                || areasOfCity.size() == 1 && area.name().equals(city.name());
    }

    private void county(String parent, String pp, Division area) {
        authority(area.code(), area.name() + "教育局", OrgKind.COUNTY, parent);
        area(new Area(area.code(), pp, area, area.name(), "", 0));
    }

    private void area(Area a) {
        List<Division> streets = index.streets(a.area.code());
        int rural = (int) streets.stream().filter(s -> !Names.isUrban(s.name())).count();
        double ruralShare = streets.isEmpty() ? 0 : (double) rural / streets.size();
        a.weight = (4 + streets.size() * (1 + 0.6 * ruralShare)) * (0.75 + 0.5 * draws.nextDouble());
        steps.add(a);
    }

    private void directSchools(String parent, String pp, String place, Object[][] templates, int count, List<Division> areas) {
        int[] order = draws.shuffled(templates.length);
        for (int i = 0; i < Math.min(count, templates.length); i++) {
            Object[] t = templates[order[i]];
            String division = areas.get(draws.nextInt(areas.size())).code();
            steps.add(new School(parent, (SchoolCategory) t[1], OrgKind.SCHOOL, pp, place + t[0], division));
        }
    }

    private void authority(String code, String name, OrgKind kind, String parent) {
        steps.add(new Row(rows.authority(code, name, kind, parent)));
    }
}

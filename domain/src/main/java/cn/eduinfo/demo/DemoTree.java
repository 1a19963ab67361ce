package cn.eduinfo.demo;

import cn.eduinfo.org.GbT2260;
import cn.eduinfo.org.GbT2260.Division;
import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.SchoolCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo tree: the MoE, 海南 with all its prefectures and counties (every tree shape: districts,
 * a prefecture city without counties, province-direct counties), the XPCC bureau, a few MoE
 * universities and provincial HEIs, and schools and teaching points generated in every county
 * with valid school identification codes. Deterministic: the same tree on every start.
 */
public final class DemoTree {

    public static final String PROVINCE = "46";
    private static final String[] VILLAGES = {"东", "西", "南", "北", "新", "上", "下", "大", "小", "红"};

    private final List<Organisation> units = new ArrayList<>();
    private final Map<SchoolCategory, Integer> sequences = new EnumMap<>(SchoolCategory.class);
    private final GbT2260 divisions = GbT2260.load();

    private DemoTree() {
    }

    /** Every unit, parents before children. */
    public static List<Organisation> build() {
        DemoTree tree = new DemoTree();
        tree.buildAll();
        return tree.units;
    }

    private void buildAll() {
        Organisation moe = add(Organisation.moe("中华人民共和国教育部"));
        heis(moe, "11", new String[][]{{"4111010001", "北京大学"}, {"4111010002", "中国人民大学"}, {"4111010003", "清华大学"}});
        heis(moe, "44", new String[][]{{"4144010558", "中山大学"}});
        heis(moe, "33", new String[][]{{"4133010335", "浙江大学"}});

        Division hainan = divisions.province(PROVINCE);
        Organisation province = add(Organisation.authority("460000", hainan.name() + "教育厅", OrgKind.PROVINCE, moe));
        heis(province, PROVINCE, new String[][]{{"4146010589", "海南大学"}, {"4146010658", "海南师范大学"}, {"4146013892", "海南职业技术学院"}});
        for (Division city : divisions.citiesOf(PROVINCE)) {
            if (city.isGrouping()) {
                for (Division area : divisions.areasOf(city.code())) {
                    county(province, area);
                }
            } else {
                city(province, city);
            }
        }

        Organisation xpcc = add(Organisation.authority(OrgCodes.XPCC, "新疆生产建设兵团教育局", OrgKind.PROVINCE, moe));
        heis(xpcc, "66", new String[][]{{"4166010759", "石河子大学"}, {"4166010757", "塔里木大学"}});
        for (int i = 1; i <= 3; i++) {
            school(xpcc, SchoolCategory.SENIOR_SECONDARY, OrgKind.SCHOOL, "66", "兵团第" + i + "师高级中学", OrgCodes.XPCC);
        }
    }

    private void city(Organisation province, Division city) {
        Organisation prefecture = add(Organisation.authority(city.divisionCode(), city.name() + "教育局", OrgKind.PREFECTURE, province));
        for (Division area : divisions.areasOf(city.code())) {
            if (area.code().equals(city.divisionCode())) {
                // A prefecture city without counties (儋州 460400) holds its schools directly.
                schoolsOf(prefecture, area);
            } else {
                county(prefecture, area);
            }
        }
    }

    private void county(Organisation parent, Division area) {
        schoolsOf(add(Organisation.authority(area.code(), area.name() + "教育局", OrgKind.COUNTY, parent)), area);
    }

    private void schoolsOf(Organisation authority, Division area) {
        Random random = new Random(Long.parseLong(area.code()));
        String place = area.name();
        school(authority, SchoolCategory.PRIMARY, OrgKind.SCHOOL, PROVINCE, place + "实验小学", area.code());
        school(authority, SchoolCategory.SENIOR_SECONDARY, OrgKind.SCHOOL, PROVINCE, place + "第一中学", area.code());
        school(authority, SchoolCategory.SECONDARY_VOCATIONAL, OrgKind.SCHOOL, PROVINCE, place + "职业中学", area.code());
        if (random.nextInt(3) == 0) {
            school(authority, SchoolCategory.SPECIAL_EDUCATION, OrgKind.SCHOOL, PROVINCE, place + "特殊教育学校", area.code());
        }
        for (Division town : divisions.streetsOf(area.code())) {
            String name = town.name().endsWith("街道") ? town.name().substring(0, town.name().length() - 2) : town.name();
            boolean rural = !town.name().endsWith("街道");
            school(authority, SchoolCategory.PRIMARY, OrgKind.SCHOOL, PROVINCE, name + "中心小学", area.code());
            school(authority, SchoolCategory.KINDERGARTEN, OrgKind.SCHOOL, PROVINCE, name + "中心幼儿园", area.code());
            for (int i = 2, n = 2 + random.nextInt(4); i <= n; i++) {
                school(authority, SchoolCategory.PRIMARY, OrgKind.SCHOOL, PROVINCE, name + "第" + i + "小学", area.code());
            }
            if (rural) {
                school(authority, SchoolCategory.JUNIOR_SECONDARY, OrgKind.SCHOOL, PROVINCE, name + "中学", area.code());
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    String village = VILLAGES[random.nextInt(VILLAGES.length)] + VILLAGES[random.nextInt(VILLAGES.length)] + "村";
                    school(authority, SchoolCategory.PRIMARY, OrgKind.TEACHING_POINT, PROVINCE, name + village + "教学点" + (i + 1), area.code());
                }
            }
        }
    }

    private void heis(Organisation parent, String provinceDigits, String[][] codesAndNames) {
        for (String[] hei : codesAndNames) {
            add(Organisation.school(hei[0], hei[1], OrgKind.HEI, parent, provinceDigits + "0000"));
        }
    }

    private void school(Organisation parent, SchoolCategory category, OrgKind kind, String provinceDigits, String name, String division) {
        int seq = sequences.merge(category, 1, Integer::sum);
        add(Organisation.school(OrgCodes.schoolCode(category, provinceDigits, seq), name, kind, parent, division));
    }

    private Organisation add(Organisation o) {
        units.add(o);
        return o;
    }
}

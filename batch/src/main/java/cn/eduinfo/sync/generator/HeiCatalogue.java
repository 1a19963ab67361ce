package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260.Division;
import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.generator.NationalStep.School;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ~2,700 HEIs of the national snapshot: the 75 MoE universities, the provincial HEIs (regular, private
 * and adult) spread over the provinces by {@link #HEI_WEIGHTS}, and the XPCC's. Names are unique nationally;
 * the set is only looked up, never iterated.
 */
final class HeiCatalogue {

    static final int HEI_TOTAL = 2_700;
    /** Share of adult HEIs (category 42) among the provincial HEIs. */
    private static final double ADULT_HEI_SHARE = 0.10;

    /** The 75 universities directly under the MoE, with their province. */
    static final String[][] MOE_UNIVERSITIES = {
        {"11", "北京大学"}, {"11", "中国人民大学"}, {"11", "清华大学"}, {"11", "北京交通大学"}, {"11", "北京科技大学"},
        {"11", "北京化工大学"}, {"11", "北京邮电大学"}, {"11", "中国农业大学"}, {"11", "北京林业大学"},
        {"11", "北京中医药大学"}, {"11", "北京师范大学"}, {"11", "北京外国语大学"}, {"11", "北京语言大学"},
        {"11", "中国传媒大学"}, {"11", "中央财经大学"}, {"11", "对外经济贸易大学"}, {"11", "中央音乐学院"},
        {"11", "中央美术学院"}, {"11", "中央戏剧学院"}, {"11", "中国政法大学"}, {"11", "华北电力大学"},
        {"11", "中国矿业大学（北京）"}, {"11", "中国石油大学（北京）"}, {"11", "中国地质大学（北京）"},
        {"12", "南开大学"}, {"12", "天津大学"}, {"21", "大连理工大学"}, {"21", "东北大学"}, {"22", "吉林大学"},
        {"22", "东北师范大学"}, {"23", "东北林业大学"}, {"31", "复旦大学"}, {"31", "同济大学"}, {"31", "上海交通大学"},
        {"31", "华东理工大学"}, {"31", "东华大学"}, {"31", "华东师范大学"}, {"31", "上海外国语大学"},
        {"31", "上海财经大学"}, {"32", "南京大学"}, {"32", "东南大学"}, {"32", "中国矿业大学"}, {"32", "河海大学"},
        {"32", "江南大学"}, {"32", "南京农业大学"}, {"32", "中国药科大学"}, {"33", "浙江大学"}, {"34", "合肥工业大学"},
        {"35", "厦门大学"}, {"37", "山东大学"}, {"37", "中国海洋大学"}, {"37", "中国石油大学（华东）"},
        {"42", "武汉大学"}, {"42", "华中科技大学"}, {"42", "中国地质大学（武汉）"}, {"42", "武汉理工大学"},
        {"42", "华中农业大学"}, {"42", "华中师范大学"}, {"42", "中南财经政法大学"}, {"43", "湖南大学"},
        {"43", "中南大学"}, {"44", "中山大学"}, {"44", "华南理工大学"}, {"50", "重庆大学"}, {"50", "西南大学"},
        {"51", "四川大学"}, {"51", "西南交通大学"}, {"51", "电子科技大学"}, {"51", "西南财经大学"},
        {"61", "西安交通大学"}, {"61", "西北农林科技大学"}, {"61", "陕西师范大学"}, {"61", "长安大学"},
        {"61", "西安电子科技大学"}, {"62", "兰州大学"}};

    /** Relative number of HEIs per province (about the 2019 counts), XPCC last. */
    private static final String[][] HEI_WEIGHTS = {
        {"11", "93"}, {"12", "56"}, {"13", "122"}, {"14", "82"}, {"15", "53"}, {"21", "115"}, {"22", "62"},
        {"23", "81"}, {"31", "64"}, {"32", "167"}, {"33", "109"}, {"34", "120"}, {"35", "89"}, {"36", "103"},
        {"37", "146"}, {"41", "141"}, {"42", "128"}, {"43", "125"}, {"44", "154"}, {"45", "78"}, {"46", "20"},
        {"50", "65"}, {"51", "126"}, {"52", "72"}, {"53", "81"}, {"54", "7"}, {"61", "95"}, {"62", "49"},
        {"63", "12"}, {"64", "19"}, {"65", "50"}, {"66", "4"}};

    private static final String[][] XPCC_HEIS = {
        {"石河子大学", "659001"}, {"塔里木大学", "659002"}, {"新疆兵团警官高等专科学校", "650104"},
        {"兵团兴新职业技术学院", "650102"}, {"石河子工程职业技术学院", "659001"}, {"兵团第一师职业技术学院", "659002"}};

    private static final String[] PROVINCE_HEIS = {
        "大学", "师范大学", "理工大学", "农业大学", "医科大学", "中医药大学", "财经大学", "科技大学", "工业大学",
        "师范学院", "艺术学院", "体育学院", "警察学院", "工程学院", "外国语学院", "传媒学院", "职业技术学院",
        "交通职业技术学院", "建筑职业技术学院", "工业职业技术学院", "经济管理职业学院", "农业职业技术学院",
        "卫生职业学院", "旅游职业学院", "商务职业学院", "机电职业技术学院", "电子信息职业技术学院",
        "水利水电职业技术学院", "轻工职业技术学院", "司法警官职业学院", "幼儿师范高等专科学校", "医学高等专科学校",
        "财经职业学院", "城市建设职业学院", "工商职业学院", "国防工业职业技术学院", "民族大学", "政法学院"};
    private static final String[] CITY_HEIS = {
        "学院", "师范学院", "大学", "职业技术学院", "医学高等专科学校", "幼儿师范高等专科学校", "理工学院",
        "科技职业学院", "工业职业技术学院", "城市职业学院", "卫生职业学院", "职业学院", "师范高等专科学校"};
    private static final String[] PRIVATE_BRANDS = {
        "华信", "东方", "科信", "博雅", "明德", "培华", "文理", "英才", "信息", "外事", "翻译", "华商", "民生", "新华",
        "光华", "华夏", "育英", "求实", "远东", "立达", "中信", "嘉华", "南洋", "北方", "现代"};
    private static final String[] PRIVATE_SUFFIXES = {"学院", "职业学院", "科技学院", "职业技术学院"};
    private static final String[] ADULT_PROVINCE_HEIS = {
        "开放大学", "教育学院", "经济管理干部学院", "农业管理干部学院", "工会干部学院", "行政管理学院", "职工科技大学"};
    private static final String[] ADULT_CITY_HEIS = {"开放大学", "职工大学", "业余大学", "教育学院", "职工医学院", "广播电视大学"};

    private final DivisionIndex index;
    private final Draws draws;
    private final List<NationalStep> steps;
    private final Set<String> heiNames = new HashSet<>();
    private final int[] perProvince = heisPerProvince();

    HeiCatalogue(DivisionIndex index, Draws draws, List<NationalStep> steps) {
        this.index = index;
        this.draws = draws;
        this.steps = steps;
    }

    /** The MoE universities, each in an area of its province's capital. */
    void moeUniversities() {
        for (String[] u : MOE_UNIVERSITIES) {
            heiNames.add(u[1]);
        }
        for (String[] u : MOE_UNIVERSITIES) {
            String division = draws.pick(index.capitalAreas(u[0])).code();
            steps.add(new School(OrgCodes.MOE, SchoolCategory.REGULAR_HEI, OrgKind.HEI, u[0], u[1], division));
        }
    }

    /** The province's own HEIs, the last {@link #ADULT_HEI_SHARE} of them adult HEIs. */
    void provincial(String parent, String pp, String provinceShort) {
        int count = perProvince[indexOfWeight(pp)];
        List<Division> cities = index.cities(pp).stream().filter(c -> !c.isGrouping()).toList();
        int adult = (int) Math.round(count * ADULT_HEI_SHARE);
        for (int i = 0; i < count; i++) {
            boolean isAdult = i >= count - adult;
            Division city = null;
            String name = null;
            for (int attempt = 0; attempt < 60 && name == null; attempt++) {
                int pattern = draws.nextInt(100);
                city = cities.isEmpty() || pattern < 40 ? null : cities.get(draws.nextInt(cities.size()));
                String place = city == null ? provinceShort : Names.cityShort(city.name());
                String candidate;
                if (isAdult) {
                    candidate = city == null ? place + draws.pick(ADULT_PROVINCE_HEIS) : place + draws.pick(ADULT_CITY_HEIS);
                } else if (pattern >= 85) {
                    candidate = place + draws.pick(PRIVATE_BRANDS) + draws.pick(PRIVATE_SUFFIXES);
                } else {
                    candidate = city == null ? place + draws.pick(PROVINCE_HEIS) : place + draws.pick(CITY_HEIS);
                }
                if (heiNames.add(candidate)) {
                    name = candidate;
                }
            }
            for (int n = 1; name == null; n++) {
                String candidate = provinceShort + "第" + Names.numeral(n) + (isAdult ? "职工大学" : "职业技术学院");
                if (heiNames.add(candidate)) {
                    name = candidate;
                    city = null;
                }
            }
            String division = city != null ? draws.pick(index.areas(city.code())).code() : draws.pick(index.capitalAreas(pp)).code();
            SchoolCategory category = isAdult ? SchoolCategory.ADULT_HEI : SchoolCategory.REGULAR_HEI;
            steps.add(new School(parent, category, OrgKind.HEI, pp, name, division));
        }
    }

    /** The XPCC's HEIs: the known ones first, then numbered 职业技术学院. */
    void xpcc() {
        int xpccHeis = perProvince[indexOfWeight("66")];
        for (int i = 0; i < xpccHeis; i++) {
            String name = i < XPCC_HEIS.length ? XPCC_HEIS[i][0] : "兵团第" + Names.numeral(i + 1) + "职业技术学院";
            String division = i < XPCC_HEIS.length ? XPCC_HEIS[i][1] : XPCC_HEIS[0][1];
            heiNames.add(name);
            steps.add(new School(OrgCodes.XPCC, SchoolCategory.REGULAR_HEI, OrgKind.HEI, "66", name, division));
        }
    }

    /** HEIs not under the MoE per entry of HEI_WEIGHTS, summing to HEI_TOTAL - 75. */
    private static int[] heisPerProvince() {
        double[] weights = new double[HEI_WEIGHTS.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Double.parseDouble(HEI_WEIGHTS[i][1]);
        }
        return Quotas.largestRemainder(HEI_TOTAL - MOE_UNIVERSITIES.length, weights, 0);
    }

    private static int indexOfWeight(String pp) {
        for (int i = 0; i < HEI_WEIGHTS.length; i++) {
            if (HEI_WEIGHTS[i][0].equals(pp)) {
                return i;
            }
        }
        throw new IllegalStateException("no HEI weight for province " + pp);
    }
}

package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260;
import cn.eduinfo.org.GbT2260.Division;
import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.RegistryRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The national snapshot: the MoE, 31 provinces and the XPCC, every prefecture and county-level area of
 * GB/T 2260, about {@code schools} schools and teaching points spread over the counties, ~2,700 HEIs (75 of
 * them MoE universities) and a few provincial and prefecture 直属学校.
 *
 * <p>Tree shape (DOMAIN.md, as {@code DemoTree}): cities named 市辖区/县/…直辖县级 are groupings whose
 * counties sit under the province; a prefecture city whose only area is itself (儋州 460400, 东莞 441900,
 * 中山 442000, 嘉峪关 620201) holds its schools directly; the XPCC (660000) is a province under the MoE.
 *
 * <p>Deterministic: one {@link Random} drawn in a fixed order; hash maps and sets are only looked up, never
 * iterated.
 */
final class NationalGenerator {

    static final String MOE_NAME = "中华人民共和国教育部";
    static final String XPCC_NAME = "新疆生产建设兵团教育局";
    static final int HEI_TOTAL = 2_700;
    /** Share of adult HEIs (category 42) among the provincial HEIs. */
    private static final double ADULT_HEI_SHARE = 0.10;
    /** Share of the schools that belong to the XPCC. */
    private static final double XPCC_SHARE = 0.0015;

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

    /** XPCC divisions (师) and where they are. */
    private static final String[][] XPCC_DIVISIONS = {
        {"第一师", "659002"}, {"第二师", "659006"}, {"第三师", "659003"}, {"第四师", "659008"}, {"第五师", "659007"},
        {"第六师", "659004"}, {"第七师", "659010"}, {"第八师", "659001"}, {"第九师", "659012"}, {"第十师", "659005"},
        {"第十一师", "650102"}, {"第十二师", "650104"}, {"第十三师", "659011"}, {"第十四师", "659009"}};
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

    private static final String[] VOCATIONAL = {"职业教育中心", "职业技术学校", "中等专业学校", "职业中学", "技工学校"};
    private static final String[] SPECIAL = {"特殊教育学校", "启智学校", "聋哑学校"};
    /** Teaching points per school in a fully rural county, scaled by the square of the rural share. */
    private static final double TEACHING_POINT_SHARE = 0.22;

    /** One line of the output in tree order; area steps get their schools only once all quotas are known. */
    private sealed interface Step permits Row, School, Area {
    }

    private record Row(RegistryRow row) implements Step {
    }

    private record School(String parent, SchoolCategory category, OrgKind kind, String provinceDigits, String name,
                          String division) implements Step {
    }

    /** The schools of one county-level area. pool 0: the provinces' counties, 1: the XPCC. */
    private static final class Area implements Step {
        final String parent;
        final String provinceDigits;
        final Division area;
        final String county;
        final String townPrefix;
        final int pool;
        double weight;
        int quota;

        Area(String parent, String provinceDigits, Division area, String county, String townPrefix, int pool) {
            this.parent = parent;
            this.provinceDigits = provinceDigits;
            this.area = area;
            this.county = county;
            this.townPrefix = townPrefix;
            this.pool = pool;
        }
    }

    private final Random random;
    private final LocalDate date;
    private final GbT2260 gb;
    private final Map<String, List<Division>> citiesByProvince = new HashMap<>();
    private final Map<String, List<Division>> areasByCity = new HashMap<>();
    private final Map<String, List<Division>> streetsByArea = new HashMap<>();
    private final Map<String, Division> areaByCode = new HashMap<>();
    private final Map<String, int[]> sequences = new HashMap<>();
    private final Set<String> heiNames = new HashSet<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<RegistryRow> rows = new ArrayList<>();

    private NationalGenerator(GbT2260 gb, long seed, LocalDate date) {
        this.gb = gb;
        this.random = new Random(seed);
        this.date = date;
        for (Division c : gb.cities) {
            citiesByProvince.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
        }
        for (Division a : gb.areas) {
            areasByCity.computeIfAbsent(a.parentCode(), k -> new ArrayList<>()).add(a);
            areaByCode.put(a.code(), a);
        }
        for (Division s : gb.streets) {
            streetsByArea.computeIfAbsent(s.parentCode(), k -> new ArrayList<>()).add(s);
        }
    }

    /** Every row, parents before children, all ACTIVE and effective {@code date}. */
    static List<RegistryRow> generate(long seed, int schools, LocalDate date) {
        return generate(GbT2260.load(), seed, schools, date);
    }

    static List<RegistryRow> generate(GbT2260 gb, long seed, int schools, LocalDate date) {
        NationalGenerator g = new NationalGenerator(gb, seed, date);
        g.plan();
        g.allocate(schools);
        g.emit();
        return g.rows;
    }

    // ---- pass 1: the tree, HEIs, 直属学校 and the weight of every area ----

    private void plan() {
        authority(OrgCodes.MOE, MOE_NAME, OrgKind.MOE, null);
        for (String[] u : MOE_UNIVERSITIES) {
            heiNames.add(u[1]);
        }
        for (String[] u : MOE_UNIVERSITIES) {
            steps.add(new School(OrgCodes.MOE, SchoolCategory.REGULAR_HEI, OrgKind.HEI, u[0], u[1], capitalArea(u[0])));
        }
        int[] heis = heisPerProvince();
        for (int p = 0; p < gb.provinces.size(); p++) {
            Division province = gb.provinces.get(p);
            String pp = province.code();
            String code = province.divisionCode();
            String name = province.name() + (OrgCodes.isMunicipality(pp) ? "教育委员会" : "教育厅");
            authority(code, name, OrgKind.PROVINCE, OrgCodes.MOE);
            provincialHeis(code, pp, Names.provinceShort(province.name()), heis[indexOfWeight(pp)]);
            directSchools(code, pp, province.name(), PROVINCE_DIRECT, 3 + random.nextInt(4), capitalAreas(pp));
            for (Division city : cities(pp)) {
                if (city.isGrouping()) {
                    for (Division area : areas(city.code())) {
                        county(code, pp, area);
                    }
                } else {
                    prefecture(code, pp, city);
                }
            }
        }
        authority(OrgCodes.XPCC, XPCC_NAME, OrgKind.PROVINCE, OrgCodes.MOE);
        int xpccHeis = heis[indexOfWeight("66")];
        for (int i = 0; i < xpccHeis; i++) {
            String name = i < XPCC_HEIS.length ? XPCC_HEIS[i][0] : "兵团第" + Names.numeral(i + 1) + "职业技术学院";
            String division = i < XPCC_HEIS.length ? XPCC_HEIS[i][1] : XPCC_HEIS[0][1];
            heiNames.add(name);
            steps.add(new School(OrgCodes.XPCC, SchoolCategory.REGULAR_HEI, OrgKind.HEI, "66", name, division));
        }
        for (String[] d : XPCC_DIVISIONS) {
            Division area = areaByCode.get(d[1]);
            if (area != null) {
                area(new Area(OrgCodes.XPCC, "66", area, "兵团" + d[0], d[0], 1));
            }
        }
    }

    private void prefecture(String provinceCode, String pp, Division city) {
        String code = city.divisionCode();
        authority(code, city.name() + "教育局", OrgKind.PREFECTURE, provinceCode);
        List<Division> areas = areas(city.code());
        boolean holdsDirectly = areas.stream().anyMatch(a -> holdsDirectly(city, areas, a));
        if (!holdsDirectly) {
            directSchools(code, pp, city.name(), PREFECTURE_DIRECT, 2 + random.nextInt(3), areas);
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
        List<Division> streets = streets(a.area.code());
        int rural = (int) streets.stream().filter(s -> !Names.isUrban(s.name())).count();
        double ruralShare = streets.isEmpty() ? 0 : (double) rural / streets.size();
        a.weight = (4 + streets.size() * (1 + 0.6 * ruralShare)) * (0.75 + 0.5 * random.nextDouble());
        steps.add(a);
    }

    private void directSchools(String parent, String pp, String place, Object[][] templates, int count, List<Division> areas) {
        int[] order = shuffled(templates.length);
        for (int i = 0; i < Math.min(count, templates.length); i++) {
            Object[] t = templates[order[i]];
            String division = areas.get(random.nextInt(areas.size())).code();
            steps.add(new School(parent, (SchoolCategory) t[1], OrgKind.SCHOOL, pp, place + t[0], division));
        }
    }

    private void provincialHeis(String parent, String pp, String provinceShort, int count) {
        List<Division> cities = cities(pp).stream().filter(c -> !c.isGrouping()).toList();
        int adult = (int) Math.round(count * ADULT_HEI_SHARE);
        for (int i = 0; i < count; i++) {
            boolean isAdult = i >= count - adult;
            Division city = null;
            String name = null;
            for (int attempt = 0; attempt < 60 && name == null; attempt++) {
                int pattern = random.nextInt(100);
                city = cities.isEmpty() || pattern < 40 ? null : cities.get(random.nextInt(cities.size()));
                String place = city == null ? provinceShort : Names.cityShort(city.name());
                String candidate;
                if (isAdult) {
                    candidate = city == null ? place + pick(ADULT_PROVINCE_HEIS) : place + pick(ADULT_CITY_HEIS);
                } else if (pattern >= 85) {
                    candidate = place + pick(PRIVATE_BRANDS) + pick(PRIVATE_SUFFIXES);
                } else {
                    candidate = city == null ? place + pick(PROVINCE_HEIS) : place + pick(CITY_HEIS);
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
            String division = city != null ? pick(areas(city.code())).code() : pick(capitalAreas(pp)).code();
            SchoolCategory category = isAdult ? SchoolCategory.ADULT_HEI : SchoolCategory.REGULAR_HEI;
            steps.add(new School(parent, category, OrgKind.HEI, pp, name, division));
        }
    }

    /** HEIs not under the MoE per entry of HEI_WEIGHTS, summing to HEI_TOTAL - 75. */
    private static int[] heisPerProvince() {
        double[] weights = new double[HEI_WEIGHTS.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Double.parseDouble(HEI_WEIGHTS[i][1]);
        }
        return largestRemainder(HEI_TOTAL - MOE_UNIVERSITIES.length, weights, 0);
    }

    private static int indexOfWeight(String pp) {
        for (int i = 0; i < HEI_WEIGHTS.length; i++) {
            if (HEI_WEIGHTS[i][0].equals(pp)) {
                return i;
            }
        }
        throw new IllegalStateException("no HEI weight for province " + pp);
    }

    // ---- quotas ----

    private void allocate(int schools) {
        int direct = 0;
        List<Area> main = new ArrayList<>();
        List<Area> xpcc = new ArrayList<>();
        for (Step s : steps) {
            if (s instanceof School school && school.kind() != OrgKind.HEI) {
                direct++;
            } else if (s instanceof Area a) {
                (a.pool == 0 ? main : xpcc).add(a);
            }
        }
        int xpccTotal = (int) Math.round(schools * XPCC_SHARE);
        int mainTotal = Math.max(0, schools - direct - xpccTotal);
        quotas(main, mainTotal);
        quotas(xpcc, Math.max(0, Math.min(xpccTotal, schools - direct)));
    }

    private static void quotas(List<Area> areas, int total) {
        if (areas.isEmpty()) {
            return;
        }
        double[] weights = areas.stream().mapToDouble(a -> a.weight).toArray();
        int[] q = largestRemainder(total, weights, Math.min(10, total / areas.size()));
        for (int i = 0; i < q.length; i++) {
            areas.get(i).quota = q[i];
        }
    }

    /** {@code base} each, the rest in proportion to the weights; ties by position: deterministic. */
    static int[] largestRemainder(int total, double[] weights, int base) {
        int n = weights.length;
        int[] result = new int[n];
        int rest = total - base * n;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            result[i] = base + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int i = 0; i < rest - given; i++) {
            result[order[i % n]]++;
        }
        return result;
    }

    // ---- pass 2: the rows ----

    private void emit() {
        for (Step s : steps) {
            if (s instanceof Row r) {
                rows.add(withLine(r.row()));
            } else if (s instanceof School sc) {
                school(sc.parent(), sc.category(), sc.kind(), sc.provinceDigits(), sc.name(), sc.division());
            } else if (s instanceof Area a) {
                schoolsOf(a);
            }
        }
    }

    private void schoolsOf(Area a) {
        int q = a.quota;
        if (q <= 0) {
            return;
        }
        List<Division> streets = streets(a.area.code());
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
        int senior = q >= 12 ? Math.max(1, round(q * 0.024 * jitter())) : q >= 4 ? 1 : 0;
        int vocational = q >= 20 ? Math.max(1, round(q * 0.016 * jitter())) : 0;
        int special = q >= 30 ? (q >= 600 ? 2 : 1) : q >= 8 && random.nextInt(3) == 0 ? 1 : 0;
        int junior = q >= 6 ? Math.max(1, round(q * 0.085 * jitter())) : 0;
        int teachingPoints = round(q * TEACHING_POINT_SHARE * r * r * jitter());
        int primary = Math.max(q >= 2 ? 1 : 0, round(q * 0.26 * jitter()));
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
        AreaNames names = new AreaNames(a, towns, urban, ruralTowns);
        String pp = a.provinceDigits;
        String division = a.area.code();
        for (int i = 1; i <= c[0]; i++) {
            school(a.parent, SchoolCategory.SENIOR_SECONDARY, OrgKind.SCHOOL, pp, names.unique(a.county + "第" + Names.numeral(i) + "中学"), division);
        }
        for (int i = 0; i < c[1]; i++) {
            String name = i < VOCATIONAL.length ? a.county + VOCATIONAL[i] : a.county + "第" + Names.numeral(i - VOCATIONAL.length + 2) + "职业中学";
            school(a.parent, SchoolCategory.SECONDARY_VOCATIONAL, OrgKind.SCHOOL, pp, names.unique(name), division);
        }
        for (int i = 0; i < c[2]; i++) {
            String name = a.county + (i < SPECIAL.length ? SPECIAL[i] : "第" + Names.numeral(i + 1) + "特殊教育学校");
            school(a.parent, SchoolCategory.SPECIAL_EDUCATION, OrgKind.SCHOOL, pp, names.unique(name), division);
        }
        for (int i = 0; i < c[3]; i++) {
            school(a.parent, SchoolCategory.JUNIOR_SECONDARY, OrgKind.SCHOOL, pp, names.junior(i), division);
        }
        for (int i = 0; i < c[4]; i++) {
            school(a.parent, SchoolCategory.PRIMARY, OrgKind.SCHOOL, pp, names.primary(i), division);
        }
        for (int i = 0; i < c[5]; i++) {
            school(a.parent, SchoolCategory.PRIMARY, OrgKind.TEACHING_POINT, pp, names.teachingPoint(i), division);
        }
        for (int i = 0; i < kindergartens; i++) {
            school(a.parent, SchoolCategory.KINDERGARTEN, OrgKind.SCHOOL, pp, names.kindergarten(i), division);
        }
    }

    /** Names of one area's schools, unique within the area. */
    private final class AreaNames {
        private final Area a;
        private final String[] towns;
        private final boolean[] urban;
        private final List<Integer> ruralTowns;
        private final Set<String> used = new HashSet<>();
        private final int[] juniors;
        private final int[] primaries;
        private final int[] kindergartens;
        private final int[] teachingPoints;
        private final int start;

        AreaNames(Area a, String[] towns, boolean[] urban, List<Integer> ruralTowns) {
            this.a = a;
            this.towns = towns;
            this.urban = urban;
            this.ruralTowns = ruralTowns;
            this.juniors = new int[towns.length];
            this.primaries = new int[towns.length];
            this.kindergartens = new int[towns.length];
            this.teachingPoints = new int[towns.length];
            this.start = random.nextInt(towns.length);
        }

        String unique(String name) {
            if (used.add(name)) {
                return name;
            }
            for (int i = 2; ; i++) {
                String alt = name + "（" + Names.numeral(i) + "）";
                if (used.add(alt)) {
                    return alt;
                }
            }
        }

        private int town(int i) {
            return (start + i) % towns.length;
        }

        String junior(int i) {
            if (i == 0) {
                return unique(a.county + "实验中学");
            }
            int t = town(i - 1);
            int k = ++juniors[t];
            return unique(towns[t] + (k == 1 ? "中学" : "第" + Names.numeral(k) + "中学"));
        }

        String primary(int i) {
            if (i == 0) {
                return unique(a.county + "实验小学");
            }
            int t = town(i - 1);
            int k = ++primaries[t];
            if (k == 1) {
                return unique(towns[t] + (urban[t] ? "小学" : "中心小学"));
            }
            if (!urban[t] && random.nextInt(10) < 7) {
                String name = village(towns[t], "小学");
                if (name != null) {
                    return name;
                }
            }
            return unique(towns[t] + "第" + Names.numeral(k) + "小学");
        }

        String teachingPoint(int i) {
            int t = ruralTowns.isEmpty() ? town(i) : ruralTowns.get((start + i) % ruralTowns.size());
            int k = ++teachingPoints[t];
            String name = village(towns[t], "教学点");
            return name != null ? name : unique(towns[t] + "第" + Names.numeral(k) + "教学点");
        }

        String kindergarten(int i) {
            if (i == 0) {
                return unique(a.county + "实验幼儿园");
            }
            if (i == 1) {
                return unique(a.county + "机关幼儿园");
            }
            int t = town(i - 2);
            int k = ++kindergartens[t];
            if (k == 1) {
                return unique(towns[t] + (urban[t] ? "幼儿园" : "中心幼儿园"));
            }
            int choice = random.nextInt(10);
            if (!urban[t] && choice < 6) {
                String name = village(towns[t], "幼儿园");
                if (name != null) {
                    return name;
                }
            } else if (urban[t] ? choice < 5 : choice >= 6) {
                String name = towns[t] + Names.KINDERGARTEN_BRANDS[random.nextInt(Names.KINDERGARTEN_BRANDS.length)] + "幼儿园";
                if (used.add(name)) {
                    return name;
                }
            }
            return unique(towns[t] + "第" + Names.numeral(k) + "幼儿园");
        }

        /** town + village + suffix, or null after a few collisions. */
        private String village(String town, String suffix) {
            for (int attempt = 0; attempt < 8; attempt++) {
                String name = town + Names.village(random) + suffix;
                if (used.add(name)) {
                    return name;
                }
            }
            return null;
        }
    }

    // ---- helpers ----

    private void authority(String code, String name, OrgKind kind, String parent) {
        steps.add(new Row(new RegistryRow(0, code, name, kind, null, code, parent, OrgStatus.ACTIVE, null, date)));
    }

    private void school(String parent, SchoolCategory category, OrgKind kind, String pp, String name, String division) {
        int[] seq = sequences.computeIfAbsent(category.code() + pp, k -> new int[1]);
        String code = OrgCodes.schoolCode(category, pp, ++seq[0]);
        rows.add(withLine(new RegistryRow(0, code, name, kind, category, division, parent, OrgStatus.ACTIVE, null, date)));
    }

    private RegistryRow withLine(RegistryRow r) {
        int line = rows.size() + 2;
        return new RegistryRow(line, r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor(), r.effective());
    }

    private List<Division> cities(String pp) {
        return citiesByProvince.getOrDefault(pp, List.of());
    }

    private List<Division> areas(String cityCode) {
        return areasByCity.getOrDefault(cityCode, List.of());
    }

    private List<Division> streets(String areaCode) {
        return streetsByArea.getOrDefault(areaCode, List.of());
    }

    /** The areas of the province's first city (its capital in GB/T 2260 order; a municipality's districts). */
    private List<Division> capitalAreas(String pp) {
        List<Division> cities = cities(pp);
        if (cities.isEmpty()) {
            throw new IllegalStateException("no cities in province " + pp);
        }
        return areas(cities.get(0).code());
    }

    private String capitalArea(String pp) {
        return pick(capitalAreas(pp)).code();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }

    private int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private double jitter() {
        return 0.8 + 0.4 * random.nextDouble();
    }

    private static int round(double d) {
        return (int) Math.round(d);
    }
}

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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The next quarter's full snapshot from the previous one. Only schools and teaching points change (HEIs and
 * authorities are carried as they are); rows already CLOSED or MERGED are kept unchanged (history). Each share
 * is a fraction of the previous file's active schools and teaching points, and each school takes part in at most
 * one change. New codes (additions, category changes) continue after the highest sequence of their category and
 * province in the previous file, so no code of the previous file, voided or not, is ever reused.
 *
 * <ul>
 * <li>merger: MERGED, successor = another school of the same parent that stays active (preferably a SCHOOL of the
 *     same category: a teaching point merges into a primary school);</li>
 * <li>closure: CLOSED;</li>
 * <li>category change (21→31, 31→34, 34→36, 36→34, SCHOOL rows only): the old code CLOSED, a new ACTIVE row with
 *     a new code of the new category, the same name, parent and division;</li>
 * <li>rename: the same code with another name;</li>
 * <li>move: the same code under another county of the same prefecture (or of the province for counties directly
 *     under it); a school with no such county goes to its province;</li>
 * <li>addition: a new code in the county (and division) of a randomly chosen active school.</li>
 * </ul>
 * CLOSED, MERGED and new rows take effect on {@code date}; renamed and moved rows keep their effective date
 * (their status did not change).
 */
final class NextQuarterGenerator {

    enum Change { ADD, RENAME, MERGER, CLOSURE, CATEGORY_CHANGE, MOVE }

    record Shares(double adds, double renames, double mergers, double closures, double categoryChanges, double moves) {
        static final Shares DEFAULT = new Shares(0.01, 0.005, 0.002, 0.002, 0.001, 0.002);
    }

    record Result(List<RegistryRow> rows, Map<Change, Integer> changes) {
    }

    private static final byte FREE = 0;
    private static final byte CHANGED = 1;
    private static final byte SUCCESSOR = 2;

    private static final Map<SchoolCategory, SchoolCategory> NEXT_CATEGORY = new EnumMap<>(Map.of(
            SchoolCategory.PRIMARY, SchoolCategory.JUNIOR_SECONDARY,
            SchoolCategory.JUNIOR_SECONDARY, SchoolCategory.SENIOR_SECONDARY,
            SchoolCategory.SENIOR_SECONDARY, SchoolCategory.SECONDARY_VOCATIONAL,
            SchoolCategory.SECONDARY_VOCATIONAL, SchoolCategory.SENIOR_SECONDARY));

    /** Alternative endings of a name per category, for renames. */
    private static final Map<SchoolCategory, String[]> ENDINGS = new EnumMap<>(Map.of(
            SchoolCategory.KINDERGARTEN, new String[]{"中心幼儿园", "实验幼儿园", "第一幼儿园", "阳光幼儿园", "育才幼儿园", "幼儿园", "机关幼儿园"},
            SchoolCategory.PRIMARY, new String[]{"实验小学", "中心小学", "第一小学", "育才小学", "学校", "小学", "明德小学", "希望小学"},
            SchoolCategory.JUNIOR_SECONDARY, new String[]{"中学", "初级中学", "实验中学", "实验学校", "育才中学", "九年一贯制学校"},
            SchoolCategory.SENIOR_SECONDARY, new String[]{"高级中学", "中学", "实验中学", "第一高级中学", "完全中学"},
            SchoolCategory.SECONDARY_VOCATIONAL, new String[]{"职业教育中心", "职业技术学校", "中等专业学校", "职业中学", "职业高级中学", "技工学校"},
            SchoolCategory.SPECIAL_EDUCATION, new String[]{"特殊教育学校", "启智学校", "培智学校", "聋哑学校"},
            SchoolCategory.OTHER, new String[]{"学校", "教育中心"}));
    private static final String[] TEACHING_POINT_ENDINGS = {"教学点", "小学教学点", "完全小学教学点"};
    /** Every ending a generated name may have, longest first. */
    private static final String[] ALL_ENDINGS = {
        "九年一贯制学校", "完全小学教学点", "特殊教育学校", "职业技术学校", "中等专业学校", "职业高级中学", "职业教育中心",
        "第一高级中学", "中心幼儿园", "实验幼儿园", "第一幼儿园", "阳光幼儿园", "育才幼儿园", "机关幼儿园", "小学教学点",
        "高级中学", "初级中学", "实验中学", "实验学校", "育才中学", "完全中学", "实验小学", "中心小学", "第一小学",
        "育才小学", "明德小学", "希望小学", "职业中学", "技工学校", "启智学校", "培智学校", "聋哑学校", "教育中心",
        "幼儿园", "教学点", "中学", "小学", "学校"};

    private final Random random;
    private final LocalDate date;
    private final List<RegistryRow> previous;
    private final List<RegistryRow> out;
    private final byte[] state;
    private final Map<String, RegistryRow> authorities = new HashMap<>();
    private final Map<String, List<String>> countiesByParent = new HashMap<>();
    private final Map<String, List<Integer>> activeByParent = new HashMap<>();
    private final Map<String, int[]> maxSequence = new HashMap<>();
    private final Set<String> namesByParent = new HashSet<>();
    private final List<Integer> active = new ArrayList<>();
    private final List<RegistryRow> added = new ArrayList<>();
    private final Map<Change, Integer> changes = new EnumMap<>(Change.class);
    private final Map<String, List<Division>> streetsByArea = new HashMap<>();
    private final Map<String, Division> areaByCode = new HashMap<>();

    private NextQuarterGenerator(List<RegistryRow> previous, long seed, LocalDate date, GbT2260 gb) {
        this.previous = previous;
        this.out = new ArrayList<>(previous);
        this.state = new byte[previous.size()];
        this.random = new Random(seed);
        this.date = date;
        for (Division a : gb.areas) {
            areaByCode.put(a.code(), a);
        }
        for (Division s : gb.streets) {
            streetsByArea.computeIfAbsent(s.parentCode(), k -> new ArrayList<>()).add(s);
        }
        for (Change c : Change.values()) {
            changes.put(c, 0);
        }
        for (int i = 0; i < previous.size(); i++) {
            RegistryRow r = previous.get(i);
            if (r.kind().isAuthority()) {
                authorities.put(r.code(), r);
                if (r.kind() == OrgKind.COUNTY && r.status() == OrgStatus.ACTIVE) {
                    countiesByParent.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r.code());
                }
            } else {
                maxSequence.computeIfAbsent(r.code().substring(0, 4), k -> new int[1]);
                int[] max = maxSequence.get(r.code().substring(0, 4));
                max[0] = Math.max(max[0], Integer.parseInt(r.code().substring(4)));
                if (r.status() == OrgStatus.ACTIVE && (r.kind() == OrgKind.SCHOOL || r.kind() == OrgKind.TEACHING_POINT)) {
                    active.add(i);
                    activeByParent.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(i);
                }
            }
            namesByParent.add(r.parent() + "\u0000" + r.name());
        }
    }

    /** Default date: three months after the latest effective date of the previous file. */
    static LocalDate defaultDate(List<RegistryRow> previous) {
        return previous.stream().map(RegistryRow::effective).max(LocalDate::compareTo)
                .orElse(LocalDate.of(2026, 7, 1)).plusMonths(3);
    }

    static Result generate(List<RegistryRow> previous, long seed, Shares shares, LocalDate date) {
        return generate(previous, seed, shares, date, GbT2260.load());
    }

    static Result generate(List<RegistryRow> previous, long seed, Shares shares, LocalDate date, GbT2260 gb) {
        NextQuarterGenerator g = new NextQuarterGenerator(previous, seed, date, gb);
        g.run(shares);
        List<RegistryRow> rows = new ArrayList<>(g.out.size() + g.added.size());
        rows.addAll(g.out);
        rows.addAll(g.added);
        for (int i = 0; i < rows.size(); i++) {
            RegistryRow r = rows.get(i);
            rows.set(i, new RegistryRow(i + 2, r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor(), r.effective()));
        }
        return new Result(rows, g.changes);
    }

    private void run(Shares shares) {
        int n = active.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = active.get(i);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        // Voiding changes first, so that successors are reserved before anything else picks them.
        pass(order, target(n, shares.mergers()), Change.MERGER, this::merge);
        pass(order, target(n, shares.closures()), Change.CLOSURE, this::close);
        pass(order, target(n, shares.categoryChanges()), Change.CATEGORY_CHANGE, this::changeCategory);
        pass(order, target(n, shares.renames()), Change.RENAME, this::rename);
        pass(order, target(n, shares.moves()), Change.MOVE, this::move);
        int adds = target(n, shares.adds());
        for (int i = 0; i < adds && n > 0; i++) {
            add(previous.get(active.get(random.nextInt(n))));
        }
        changes.put(Change.ADD, adds > 0 && n > 0 ? adds : 0);
    }

    private static int target(int n, double share) {
        return (int) Math.round(n * share);
    }

    private interface Applier {
        /** Applies the change to row i if it can, and says so. */
        boolean apply(int i);
    }

    private void pass(int[] order, int target, Change change, Applier applier) {
        int done = 0;
        for (int k = 0; k < order.length && done < target; k++) {
            int i = order[k];
            if (state[i] == FREE && applier.apply(i)) {
                state[i] = CHANGED;
                done++;
            }
        }
        changes.put(change, done);
    }

    /** Into a school of the same parent that stays active: of the same category if there is one, else any SCHOOL, else any. */
    private boolean merge(int i) {
        RegistryRow r = out.get(i);
        List<Integer> siblings = activeByParent.getOrDefault(r.parent(), List.of());
        List<Integer> sameCategory = new ArrayList<>();
        List<Integer> schools = new ArrayList<>();
        List<Integer> any = new ArrayList<>();
        for (int j : siblings) {
            if (j == i || state[j] == CHANGED) {
                continue;
            }
            RegistryRow s = out.get(j);
            any.add(j);
            if (s.kind() == OrgKind.SCHOOL) {
                schools.add(j);
                if (s.category() == r.category()) {
                    sameCategory.add(j);
                }
            }
        }
        List<Integer> candidates = !sameCategory.isEmpty() ? sameCategory : !schools.isEmpty() ? schools : any;
        if (candidates.isEmpty()) {
            return false;
        }
        int j = candidates.get(random.nextInt(candidates.size()));
        state[j] = SUCCESSOR;
        out.set(i, with(r, r.name(), r.parent(), OrgStatus.MERGED, out.get(j).code(), date));
        return true;
    }

    private boolean close(int i) {
        RegistryRow r = out.get(i);
        out.set(i, with(r, r.name(), r.parent(), OrgStatus.CLOSED, null, date));
        return true;
    }

    private boolean changeCategory(int i) {
        RegistryRow r = out.get(i);
        SchoolCategory next = r.kind() == OrgKind.SCHOOL ? NEXT_CATEGORY.get(r.category()) : null;
        if (next == null) {
            return false;
        }
        out.set(i, with(r, r.name(), r.parent(), OrgStatus.CLOSED, null, date));
        added.add(new RegistryRow(0, newCode(next, r.code().substring(2, 4)), r.name(), OrgKind.SCHOOL, next,
                r.division(), r.parent(), OrgStatus.ACTIVE, null, date));
        return true;
    }

    private boolean rename(int i) {
        RegistryRow r = out.get(i);
        String base = stripBrand(stripEnding(r.name()).replaceFirst("第[一二三四五六七八九十百0-9]+$", ""));
        String[] endings = r.kind() == OrgKind.TEACHING_POINT ? TEACHING_POINT_ENDINGS : ENDINGS.getOrDefault(r.category(), ENDINGS.get(SchoolCategory.OTHER));
        int offset = random.nextInt(endings.length);
        for (int k = 0; k < endings.length; k++) {
            String name = base + endings[(offset + k) % endings.length];
            if (!name.equals(r.name()) && !base.isEmpty() && namesByParent.add(r.parent() + "\u0000" + name)) {
                out.set(i, with(r, name, r.parent(), r.status(), r.successor(), r.effective()));
                return true;
            }
        }
        return false;
    }

    /** 城关镇阳光 → 城关镇: a renamed kindergarten takes another brand, not two. */
    private static String stripBrand(String base) {
        for (String brand : Names.KINDERGARTEN_BRANDS) {
            if (base.endsWith(brand) && base.length() > brand.length()) {
                return base.substring(0, base.length() - brand.length());
            }
        }
        return base;
    }

    private static String stripEnding(String name) {
        for (String ending : ALL_ENDINGS) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    private boolean move(int i) {
        RegistryRow r = out.get(i);
        RegistryRow parent = authorities.get(r.parent());
        if (parent == null || parent.kind() != OrgKind.COUNTY && parent.kind() != OrgKind.PREFECTURE) {
            return false;
        }
        String group = parent.kind() == OrgKind.COUNTY ? parent.parent() : parent.code();
        List<String> candidates = new ArrayList<>(countiesByParent.getOrDefault(group, List.of()));
        candidates.remove(parent.code());
        String target = null;
        for (int attempt = 0; attempt < 5 && !candidates.isEmpty() && target == null; attempt++) {
            String c = candidates.get(random.nextInt(candidates.size()));
            if (!namesByParent.contains(c + "\u0000" + r.name())) {
                target = c;
            }
        }
        if (target == null && candidates.isEmpty()) {
            String province = province(parent);
            if (province != null && !namesByParent.contains(province + "\u0000" + r.name())) {
                target = province;
            }
        }
        if (target == null) {
            return false;
        }
        namesByParent.add(target + "\u0000" + r.name());
        out.set(i, with(r, r.name(), target, r.status(), r.successor(), r.effective()));
        return true;
    }

    /** The PROVINCE-kind ancestor of an authority (the province itself if it is one). */
    private String province(RegistryRow authority) {
        RegistryRow a = authority;
        for (int depth = 0; a != null && depth < 10; depth++) {
            if (a.kind() == OrgKind.PROVINCE) {
                return a.code();
            }
            a = a.parent() == null ? null : authorities.get(a.parent());
        }
        return null;
    }

    private void add(RegistryRow template) {
        int roll = random.nextInt(100);
        SchoolCategory category;
        OrgKind kind = OrgKind.SCHOOL;
        if (roll < 45) {
            category = SchoolCategory.KINDERGARTEN;
        } else if (roll < 70) {
            category = SchoolCategory.PRIMARY;
        } else if (roll < 80) {
            category = SchoolCategory.PRIMARY;
            kind = OrgKind.TEACHING_POINT;
        } else if (roll < 89) {
            category = SchoolCategory.JUNIOR_SECONDARY;
        } else if (roll < 94) {
            category = SchoolCategory.SENIOR_SECONDARY;
        } else if (roll < 98) {
            category = SchoolCategory.SECONDARY_VOCATIONAL;
        } else {
            category = SchoolCategory.SPECIAL_EDUCATION;
        }
        String name = null;
        for (int attempt = 0; attempt < 20 && name == null; attempt++) {
            String candidate = newName(template, category, kind);
            if (namesByParent.add(template.parent() + "\u0000" + candidate)) {
                name = candidate;
            }
        }
        for (int k = 2; name == null; k++) {
            String candidate = newName(template, category, kind) + "（" + Names.numeral(k) + "）";
            if (namesByParent.add(template.parent() + "\u0000" + candidate)) {
                name = candidate;
            }
        }
        added.add(new RegistryRow(0, newCode(category, template.code().substring(2, 4)), name, kind, category,
                template.division(), template.parent(), OrgStatus.ACTIVE, null, date));
    }

    private String newName(RegistryRow template, SchoolCategory category, OrgKind kind) {
        Division area = areaByCode.get(template.division());
        String county = area != null ? area.name() : countyOf(template);
        List<Division> streets = streetsByArea.getOrDefault(template.division(), List.of());
        String town = streets.isEmpty() ? county : Names.town(streets.get(random.nextInt(streets.size())).name());
        int n = 2 + random.nextInt(29);
        if (kind == OrgKind.TEACHING_POINT) {
            return town + Names.village(random) + "教学点";
        }
        return switch (category) {
            case KINDERGARTEN -> random.nextBoolean()
                    ? town + Names.KINDERGARTEN_BRANDS[random.nextInt(Names.KINDERGARTEN_BRANDS.length)] + "幼儿园"
                    : town + "第" + Names.numeral(n) + "幼儿园";
            case PRIMARY -> random.nextBoolean() ? town + Names.village(random) + "小学" : town + "第" + Names.numeral(n) + "小学";
            case JUNIOR_SECONDARY -> random.nextBoolean() ? town + "第" + Names.numeral(n) + "中学" : town + "实验学校";
            case SENIOR_SECONDARY -> county + "第" + Names.numeral(n) + "中学";
            case SECONDARY_VOCATIONAL -> county + new String[]{"职业技术学校", "中等职业学校", "技工学校", "职业教育中心"}[random.nextInt(4)];
            case SPECIAL_EDUCATION -> county + new String[]{"特殊教育学校", "启智学校", "培智学校"}[random.nextInt(3)];
            default -> town + "学校";
        };
    }

    /** The county's name from its authority's (…教育局), for divisions GB/T 2260 does not know. */
    private String countyOf(RegistryRow school) {
        RegistryRow parent = authorities.get(school.parent());
        String name = parent != null ? parent.name() : school.name();
        return name.replaceFirst("(教育局|教育厅|教育委员会)$", "");
    }

    /** A code after every code of that category and province in the previous file (and in this run). */
    private String newCode(SchoolCategory category, String pp) {
        int[] max = maxSequence.computeIfAbsent(category.code() + pp, k -> new int[1]);
        return OrgCodes.schoolCode(category, pp, ++max[0]);
    }

    private static RegistryRow with(RegistryRow r, String name, String parent, OrgStatus status, String successor, LocalDate effective) {
        return new RegistryRow(r.line(), r.code(), name, r.kind(), r.category(), r.division(), parent, status, successor, effective);
    }
}

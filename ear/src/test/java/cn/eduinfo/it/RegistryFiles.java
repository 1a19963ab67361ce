package cn.eduinfo.it;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registry snapshots written the way the national registry shares them (batch/docs/registry-format.md):
 * full snapshots. A test writes the rows it is about; every other organisation the system holds when the
 * file is written out (the demo tree, other tests' provinces) is listed as the system holds it, so the
 * file changes only what the test wrote — and closes by omission only what the test {@link #omit omits}.
 */
public final class RegistryFiles {

    public static final String HEADER = "code,name,kind,category,division,parent,status,successor,effective";
    /** The date of the rows a test writes, and of the system's rows that carry no status date. */
    private static final String DATE = "2026-10-01";

    private final List<String> rows = new ArrayList<>();
    private final Set<String> omitted = new HashSet<>();

    public static RegistryFiles withMoe() {
        return new RegistryFiles().row("000000", "中华人民共和国教育部", "MOE", "", "000000", "", "ACTIVE", "", DATE);
    }

    /**
     * The MoE, a province and one of its counties with {@code schools} primary schools, coded 21 + the
     * province's two digits + a number ("2114000001"…): the ITs' national-scale trees in small.
     */
    public static RegistryFiles countyWithSchools(String province, String provinceName, String county, String countyName, int schools) {
        RegistryFiles file = withMoe().authority(province, provinceName, "PROVINCE", "000000").authority(county, countyName, "COUNTY", province);
        String area = countyName.substring(0, countyName.length() - "教育局".length());
        for (int i = 1; i <= schools; i++) {
            file.school(String.format("21%s%06d", province.substring(0, 2), i), area + "第" + i + "小学", county);
        }
        return file;
    }

    public RegistryFiles row(String... fields) {
        rows.add(String.join(",", fields));
        return this;
    }

    public RegistryFiles authority(String code, String name, String kind, String parent) {
        return row(code, name, kind, "", code, parent, "ACTIVE", "", DATE);
    }

    public RegistryFiles school(String code, String name, String parent) {
        return row(code, name, "SCHOOL", code.substring(0, 2), parent, parent, "ACTIVE", "", DATE);
    }

    /** Replaces the row of {@code code} (the first field) with new fields. */
    public RegistryFiles replace(String code, String... fields) {
        rows.replaceAll(r -> r.startsWith(code + ",") ? String.join(",", fields) : r);
        return this;
    }

    /** Leaves {@code code} out of the snapshot, its own row and the system's alike: the registry no longer lists it. */
    public RegistryFiles omit(String code) {
        rows.removeIf(r -> r.startsWith(code + ","));
        omitted.add(code);
        return this;
    }

    /** The test's rows, then every other organisation the system holds now, header and trailer. */
    public byte[] bytes(Charset charset) {
        List<String> all = new ArrayList<>(rows);
        all.addAll(heldElsewhere());
        return (HEADER + "\n" + String.join("\n", all) + "\nEND," + all.size() + "\n").getBytes(charset);
    }

    public byte[] utf8() {
        return bytes(StandardCharsets.UTF_8);
    }

    /** The system's organisations this file does not list itself, as the system holds them (parents first). */
    private List<String> heldElsewhere() {
        Set<String> listed = rows.stream().map(r -> r.substring(0, r.indexOf(','))).collect(Collectors.toSet());
        List<String> held = new ArrayList<>();
        for (List<String> o : Database.rows("SELECT o.code, o.name, o.kind, o.division_code, p.code, o.status, s.code,"
                + " CAST(o.status_date AS VARCHAR) FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id"
                + " LEFT JOIN organisation s ON s.id = o.successor_id ORDER BY o.depth, o.code")) {
            String code = o.get(0);
            if (listed.contains(code) || omitted.contains(code)) {
                continue;
            }
            boolean authority = List.of("MOE", "PROVINCE", "PREFECTURE", "COUNTY").contains(o.get(2));
            // A unit's category is its code's first two digits (a change of category voids the code).
            held.add(String.join(",", csv(code), csv(o.get(1)), o.get(2), authority ? "" : code.substring(0, 2), o.get(3),
                    orEmpty(o.get(4)), o.get(5), orEmpty(o.get(6)), o.get(7) == null ? DATE : o.get(7)));
        }
        return held;
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, a quote doubled. */
    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

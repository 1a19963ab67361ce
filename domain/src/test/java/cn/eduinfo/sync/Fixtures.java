package cn.eduinfo.sync;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Hainan tree: MoE → 海南省 → 海口市 (秀英区, 龙华区) and 三亚市 (海棠区), a school in each
 * district and 海南大学 under the province.
 */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    static final String MOE = "000000";
    static final String HAINAN = "460000";
    static final String HAIKOU = "460100";
    static final String XIUYING = "460105";
    static final String LONGHUA = "460106";
    static final String SANYA = "460200";
    static final String HAITANG = "460202";
    static final String XIUYING_PRIMARY = "2146000001";
    static final String LONGHUA_PRIMARY = "2146000002";
    static final String HAITANG_PRIMARY = "2146000003";
    static final String HAINAN_UNIVERSITY = "4146000001";

    private Fixtures() {
    }

    static List<RegistryRow> hainan() {
        return numbered(List.of(
                authority(MOE, "教育部", OrgKind.MOE, null),
                authority(HAINAN, "海南省教育厅", OrgKind.PROVINCE, MOE),
                authority(HAIKOU, "海口市教育局", OrgKind.PREFECTURE, HAINAN),
                authority(XIUYING, "秀英区教育局", OrgKind.COUNTY, HAIKOU),
                authority(LONGHUA, "龙华区教育局", OrgKind.COUNTY, HAIKOU),
                authority(SANYA, "三亚市教育局", OrgKind.PREFECTURE, HAINAN),
                authority(HAITANG, "海棠区教育局", OrgKind.COUNTY, SANYA),
                school(XIUYING_PRIMARY, "海口市秀英区第一小学", XIUYING),
                school(LONGHUA_PRIMARY, "海口市龙华区第一小学", LONGHUA),
                school(HAITANG_PRIMARY, "三亚市海棠区第一小学", HAITANG),
                new RegistryRow(0, HAINAN_UNIVERSITY, "海南大学", OrgKind.HEI, SchoolCategory.REGULAR_HEI, HAIKOU, HAINAN,
                        OrgStatus.ACTIVE, null, DAY)));
    }

    static RegistryRow authority(String code, String name, OrgKind kind, String parent) {
        return new RegistryRow(0, code, name, kind, null, code, parent, OrgStatus.ACTIVE, null, DAY);
    }

    static RegistryRow school(String code, String name, String parent) {
        return new RegistryRow(0, code, name, OrgKind.SCHOOL, SchoolCategory.ofCode(code.substring(0, 2)).orElseThrow(),
                parent, parent, OrgStatus.ACTIVE, null, DAY);
    }

    /** Gives the rows the lines they would have in a file: the header is line 1. */
    static List<RegistryRow> numbered(List<RegistryRow> rows) {
        List<RegistryRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RegistryRow r = rows.get(i);
            out.add(new RegistryRow(i + 2, r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(),
                    r.status(), r.successor(), r.effective()));
        }
        return out;
    }

    /** Replaces the row of the same code, keeping its place. */
    static List<RegistryRow> with(List<RegistryRow> rows, RegistryRow changed) {
        return numbered(rows.stream().map(r -> r.code().equals(changed.code()) ? changed : r).toList());
    }

    static RegistryRow find(List<RegistryRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static RegistryRow renamed(RegistryRow r, String name) {
        return new RegistryRow(r.line(), r.code(), name, r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor(), r.effective());
    }

    static RegistryRow moved(RegistryRow r, String parent) {
        return new RegistryRow(r.line(), r.code(), r.name(), r.kind(), r.category(), r.division(), parent, r.status(), r.successor(), r.effective());
    }

    static RegistryRow status(RegistryRow r, OrgStatus status, String successor) {
        return new RegistryRow(r.line(), r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), status, successor, r.effective());
    }

    static OrgSnapshot snapshot(RegistryRow r) {
        return new OrgSnapshot(r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor());
    }

    /** The system holding exactly these rows. */
    static Map<String, OrgSnapshot> current(List<RegistryRow> rows) {
        Map<String, OrgSnapshot> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.code(), snapshot(r)));
        return map;
    }

    static String csv(List<RegistryRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RegistryFile.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package cn.eduinfo.sync.generator;

import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.RegistryRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The national output as it is written: every row ACTIVE, effective {@code date}, numbered by its file line. */
final class NationalRows {

    private final LocalDate date;
    private final Map<String, int[]> sequences = new HashMap<>();
    private final List<RegistryRow> rows = new ArrayList<>();

    NationalRows(LocalDate date) {
        this.date = date;
    }

    /** An authority row, not yet numbered: see {@link #add}. */
    RegistryRow authority(String code, String name, OrgKind kind, String parent) {
        return new RegistryRow(0, code, name, kind, null, code, parent, OrgStatus.ACTIVE, null, date);
    }

    void add(RegistryRow r) {
        rows.add(withLine(r));
    }

    /** The next code of the category in the province digits. */
    void school(String parent, SchoolCategory category, OrgKind kind, String pp, String name, String division) {
        int[] seq = sequences.computeIfAbsent(category.code() + pp, k -> new int[1]);
        String code = OrgCodes.schoolCode(category, pp, ++seq[0]);
        rows.add(withLine(new RegistryRow(0, code, name, kind, category, division, parent, OrgStatus.ACTIVE, null, date)));
    }

    List<RegistryRow> rows() {
        return rows;
    }

    private RegistryRow withLine(RegistryRow r) {
        int line = rows.size() + 2;
        return new RegistryRow(line, r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor(), r.effective());
    }
}

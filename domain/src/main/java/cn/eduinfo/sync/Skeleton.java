package cn.eduinfo.sync;

import static cn.eduinfo.sync.RegistryErrors.DUPLICATE_CODE;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every line of a snapshot says about where its unit stands (kind, parent, status, successor),
 * by code: the facts the whole-file checks and the change set's chains need, without the full rows.
 * A quarter's file is checked in full only where it differs from the last one applied
 * ({@link SnapshotDelta}, which reads a line's entry from its bytes when asked); this keeps the rest
 * of the file in view. The first line of a code counts, a later one is a duplicate.
 */
public final class Skeleton {

    record Entry(int line, OrgKind kind, String parent, OrgStatus status, String successor) {
    }

    private final Function<String, Entry> lines;
    private final List<RegistryError> duplicates;
    private final LocalDate newest;

    Skeleton(Function<String, Entry> lines, List<RegistryError> duplicates, LocalDate newest) {
        this.lines = lines;
        this.duplicates = duplicates;
        this.newest = newest;
    }

    public static Skeleton of(List<RegistryRow> rows) {
        Map<String, Entry> byCode = new HashMap<>(rows.size() * 4 / 3 + 16);
        List<RegistryError> duplicates = new ArrayList<>();
        LocalDate newest = null;
        for (RegistryRow row : rows) {
            Entry first = byCode.putIfAbsent(row.code(), entry(row));
            if (first != null) {
                duplicates.add(RegistryError.of(row.line(), DUPLICATE_CODE, row.code(), first.line()));
            } else if (newest == null || row.effective().isAfter(newest)) {
                newest = row.effective();
            }
        }
        return new Skeleton(byCode::get, duplicates, newest);
    }

    static Entry entry(RegistryRow row) {
        return new Entry(row.line(), row.kind(), row.parent(), row.status(), row.successor());
    }

    boolean contains(String code) {
        return lines.apply(code) != null;
    }

    /** The first line of the code, null if the file has none. */
    Entry get(String code) {
        return lines.apply(code);
    }

    /** Whether the row is its code's first line, the one that counts (a later one is a duplicate). */
    boolean counts(RegistryRow row) {
        return get(row.code()).line() == row.line();
    }

    /** Every line that repeats an earlier line's code, in file order. */
    List<RegistryError> duplicates() {
        return duplicates;
    }

    /**
     * The snapshot's date: the newest effective date of its lines, null for none. The file carries no
     * date of its own; the newest date it records is the latest the registry vouches for, and it is the
     * same whenever and however often the file is run.
     */
    LocalDate snapshotDate() {
        return newest;
    }
}

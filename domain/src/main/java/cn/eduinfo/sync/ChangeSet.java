package cn.eduinfo.sync;

import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The difference between the system and a validated registry snapshot (the file is a full snapshot, 第十二条). */
public final class ChangeSet {

    private final List<RegistryRow> rows;
    private final Skeleton whole;
    private final Map<String, OrgSnapshot> current;
    private final Map<String, Integer> depths = new HashMap<>();

    private ChangeSet(List<RegistryRow> rows, Skeleton whole, Map<String, OrgSnapshot> current) {
        this.rows = rows;
        this.whole = whole;
        this.current = current;
    }

    /**
     * The changes that turn {@code current} into the file's state, ordered so that parents are added
     * before children (ADD by depth), then CHANGE/REOPEN (by depth), then MERGE/CLOSE (deepest first,
     * so no authority is retired while its units are still active), then MOVE_PROPOSED. Rows
     * identical to the current state yield nothing. A row that is both renamed and has a new parent
     * yields CHANGE and MOVE_PROPOSED. A row CLOSED or MERGED that is new to the system is ignored
     * (nothing to retire). An active school, teaching point or HEI of the system that the file no longer
     * lists is closed ({@link ChangeReason#OMITTED}); other codes of the system missing from the file
     * are left alone (authorities: the validator refuses such a file; closed and merged units: history).
     */
    public static List<Change> compute(List<RegistryRow> rows, Map<String, OrgSnapshot> current) {
        return compute(rows, Skeleton.of(rows), current);
    }

    /**
     * The same where only {@code rows} can yield a change (SnapshotDelta: the lines that differ from
     * the last snapshot applied and the units changed since); the skeleton stands for the whole file
     * (chains, the snapshot's date, what it omits); {@code current} holds at least the rows' units,
     * the units the file no longer lists, and every authority.
     */
    public static List<Change> compute(List<RegistryRow> rows, Skeleton whole, Map<String, OrgSnapshot> current) {
        return new ChangeSet(rows, whole, current).compute();
    }

    private List<Change> compute() {
        List<Change> adds = new ArrayList<>();
        List<Change> updates = new ArrayList<>();
        List<Change> retirements = new ArrayList<>();
        List<Change> moves = new ArrayList<>();
        for (RegistryRow row : rows) {
            if (!whole.counts(row)) {
                continue; // a duplicate, which the validator refuses
            }
            OrgSnapshot before = current.get(row.code());
            if (before == null) {
                if (row.status() == OrgStatus.ACTIVE) {
                    adds.add(change(ChangeType.ADD, null, row));
                }
                continue;
            }
            if (before.status() == OrgStatus.CLOSED && row.status() == OrgStatus.ACTIVE) {
                updates.add(change(ChangeType.REOPEN, before, row));
            }
            if (!row.name().equals(before.name()) || !Objects.equals(row.division(), before.division())) {
                updates.add(change(ChangeType.CHANGE, before, row));
            }
            if (before.status() == OrgStatus.ACTIVE && row.status() == OrgStatus.CLOSED) {
                retirements.add(change(ChangeType.CLOSE, before, row));
            }
            if (row.status() == OrgStatus.MERGED
                    && (before.status() != OrgStatus.MERGED || !Objects.equals(before.successor(), row.successor()))) {
                retirements.add(change(ChangeType.MERGE, before, row));
            }
            // Affiliation is the administrators' decision (第十一条): the sync only proposes it, and only for live units.
            if (row.status() == OrgStatus.ACTIVE && row.parent() != null && !row.parent().equals(before.parent())) {
                moves.add(new Change(ChangeType.MOVE_PROPOSED, row.code(), before, row, proposer(before.parent(), row.parent())));
            }
        }
        retirements.addAll(omitted());
        List<Change> all = new ArrayList<>(adds.size() + updates.size() + retirements.size() + moves.size());
        byDepth(adds, all, false);
        byDepth(updates, all, false);
        byDepth(retirements, all, true);
        all.addAll(moves);
        return all;
    }

    /**
     * Appends the changes by depth, shallowest (or deepest) first, keeping their order within a depth:
     * a stable sort by a key of a few values, done as buckets so that each code's depth is asked once.
     */
    private void byDepth(List<Change> changes, List<Change> to, boolean deepestFirst) {
        List<List<Change>> buckets = new ArrayList<>();
        for (Change change : changes) {
            int depth = depth(change.code());
            while (buckets.size() <= depth) {
                buckets.add(new ArrayList<>());
            }
            buckets.get(depth).add(change);
        }
        for (int i = 0; i < buckets.size(); i++) {
            to.addAll(buckets.get(deepestFirst ? buckets.size() - 1 - i : i));
        }
    }

    /** The snapshot's date (see {@link Skeleton#snapshotDate()}), null for no rows. */
    public static LocalDate snapshotDate(List<RegistryRow> rows) {
        return Skeleton.of(rows).snapshotDate();
    }

    /**
     * A full snapshot lists every organisation (第十二条): an active school, teaching point or HEI it no
     * longer lists is closed as an explicit CLOSED row would close it, effective the snapshot's date.
     * Authorities (GB/T 2260 divisions) are never closed by omission, and units already closed or
     * merged stay as they are. In code order, so that the same file always numbers its changes alike.
     */
    private List<Change> omitted() {
        LocalDate date = whole.snapshotDate();
        if (date == null) {
            return List.of();
        }
        List<Change> closures = new ArrayList<>();
        for (OrgSnapshot unit : current.values()) {
            if (unit.status() == OrgStatus.ACTIVE && !unit.kind().isAuthority() && !whole.contains(unit.code())) {
                RegistryRow closed = new RegistryRow(0, unit.code(), unit.name(), unit.kind(), unit.category(), unit.division(),
                        unit.parent(), OrgStatus.CLOSED, null, date);
                closures.add(new Change(ChangeType.CLOSE, unit.code(), unit, closed, null, ChangeReason.OMITTED));
            }
        }
        closures.sort(Comparator.comparing(Change::code));
        return closures;
    }

    private static Change change(ChangeType type, OrgSnapshot before, RegistryRow after) {
        return new Change(type, after.code(), before, after, null);
    }

    /** The first authority on the new parent's chain (file first) that is also on the old parent's chain (as held now). */
    private String proposer(String oldParent, String newParent) {
        Set<String> old = new HashSet<>(chain(oldParent, this::currentParent));
        return chain(newParent, this::fileParent).stream()
                .filter(old::contains)
                .filter(this::isAuthority)
                .findFirst()
                .orElse(OrgCodes.MOE);
    }

    /**
     * The length of the code's chain of parents (file first). The parents' are memoised: mostly the same few
     * thousand authorities, asked for by each of their units; a unit's own, asked for once, is not.
     */
    private int depth(String code) {
        Integer known = depths.get(code);
        if (known != null) {
            return known;
        }
        String parent = fileParent(code);
        Integer parentDepth = parent == null ? null : depths.get(parent);
        if (parentDepth != null) {
            return parentDepth + 1;
        }
        // Up to the first code whose depth is known (a unit's parent, once its authority is done), then back down.
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int depth = 0;
        for (String c = code; c != null && seen.add(c); c = fileParent(c)) {
            Integer d = depths.get(c);
            if (d != null) {
                depth = d;
                break;
            }
            chain.add(c);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            depths.put(chain.get(i), ++depth);
        }
        return depths.get(code);
    }

    /** The code and its ancestors, nearest first; stops at an unknown code or a cycle. */
    private static List<String> chain(String code, Function<String, String> parentOf) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String c = code; c != null && seen.add(c); c = parentOf.apply(c)) {
            chain.add(c);
        }
        return chain;
    }

    private String fileParent(String code) {
        Skeleton.Entry line = whole.get(code);
        return line != null ? line.parent() : currentParent(code);
    }

    private String currentParent(String code) {
        OrgSnapshot s = current.get(code);
        return s == null ? null : s.parent();
    }

    private boolean isAuthority(String code) {
        Skeleton.Entry line = whole.get(code);
        OrgSnapshot s = current.get(code);
        return line != null ? line.kind().isAuthority() : s != null && s.kind().isAuthority();
    }
}

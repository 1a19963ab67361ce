package cn.eduinfo.sync.batch;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Placement;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.OrgSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A change with what the apply step writes beyond the file's row: the unit's id (drawn now for an
 * addition) and, for an addition, its parent's id and its place in the tree, so that a range of
 * additions goes in by one plain INSERT … SELECT.
 *
 * <p>An addition keeps its parent's place, not its own: a first load holds 366,000 of them from the
 * validate step to the apply step, and their paths, derived as they are written, are then garbage
 * at once rather than ~40 MB that every collection meanwhile copies.
 *
 * @param parentId        for ADD, null for the others
 * @param parentPlacement for ADD under a parent, null for the others
 * @param moeUniversity   for ADD, false for the others
 */
public record PlacedChange(Change change, long orgId, Long parentId, Placement parentPlacement, boolean moeUniversity) {

    public boolean isAddition() {
        return change.type() == ChangeType.ADD;
    }

    /** An addition's place in the tree (Placement.under its parent's); null for the other changes. */
    public Placement placement() {
        return isAddition() ? Placement.under(parentPlacement, change.code(), change.after().kind(), moeUniversity) : null;
    }

    /** A parent of additions: its id, place and kind, from the tree or added before them. */
    private record Parent(long id, Placement placement, OrgKind kind) {
    }

    /**
     * Places the change set (in its order: an addition's parent is in the tree or added before it).
     *
     * @param newIds one fresh organisation id per call
     */
    static List<PlacedChange> place(List<Change> changes, CurrentTree tree, LongSupplier newIds) {
        // One lookup per addition: a first load places 366,000 of them.
        Map<String, Parent> parents = new HashMap<>();
        Function<String, Parent> inTree = code -> {
            Long id = tree.ids().get(code);
            Placement placement = tree.authorities().get(code);
            OrgSnapshot unit = tree.units().get(code);
            return id == null || placement == null ? null : new Parent(id, placement, unit == null ? null : unit.kind());
        };
        List<PlacedChange> placed = new ArrayList<>(changes.size());
        for (Change change : changes) {
            if (change.type() != ChangeType.ADD) {
                placed.add(new PlacedChange(change, tree.ids().get(change.code()), null, null, false));
                continue;
            }
            String code = change.after().parent();
            OrgKind kind = change.after().kind();
            Parent parent = code == null ? null : parents.computeIfAbsent(code, inTree);
            if (code != null && parent == null) {
                // The validator refuses a file whose units hang under anything but a known authority.
                throw new IllegalStateException("no authority " + code + " above " + change.code());
            }
            boolean moeUniversity = Placement.isMoeUniversity(kind, parent == null ? null : parent.kind());
            PlacedChange addition = new PlacedChange(change, newIds.getAsLong(), parent == null ? null : parent.id(),
                    parent == null ? null : parent.placement(), moeUniversity);
            if (kind.isAuthority()) {
                // Only authorities are parents (the validator saw to it): the others need not be kept.
                parents.put(change.code(), new Parent(addition.orgId(), addition.placement(), kind));
            }
            placed.add(addition);
        }
        return placed;
    }
}

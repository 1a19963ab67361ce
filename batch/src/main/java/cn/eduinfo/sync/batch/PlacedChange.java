package cn.eduinfo.sync.batch;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Placement;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A change with what the apply step writes beyond the file's row: the unit's id (drawn now for an
 * addition) and, for an addition, its parent's id and its place in the tree, so that a range of
 * additions goes in by one plain INSERT … SELECT.
 *
 * @param parentId      for ADD, null for the others
 * @param placement     for ADD, null for the others
 * @param moeUniversity for ADD, false for the others
 */
public record PlacedChange(Change change, long orgId, Long parentId, Placement placement, boolean moeUniversity) {

    /**
     * Places the change set (in its order: an addition's parent is in the tree or added before it).
     *
     * @param newIds one fresh organisation id per call
     */
    static List<PlacedChange> place(List<Change> changes, CurrentTree tree, LongSupplier newIds) {
        Map<String, Long> addedIds = new HashMap<>();
        Map<String, Placement> addedAuthorities = new HashMap<>();
        Map<String, OrgKind> addedKinds = new HashMap<>();
        List<PlacedChange> placed = new ArrayList<>(changes.size());
        for (Change change : changes) {
            if (change.type() != ChangeType.ADD) {
                placed.add(new PlacedChange(change, tree.ids().get(change.code()), null, null, false));
                continue;
            }
            String parent = change.after().parent();
            OrgKind kind = change.after().kind();
            Long parentId = parent == null ? null : addedIds.getOrDefault(parent, tree.ids().get(parent));
            Placement parentPlace = parent == null ? null : addedAuthorities.getOrDefault(parent, tree.authorities().get(parent));
            if (parent != null && (parentId == null || parentPlace == null)) {
                // The validator refuses a file whose units hang under anything but a known authority.
                throw new IllegalStateException("no authority " + parent + " above " + change.code());
            }
            OrgKind parentKind = parent == null ? null
                    : addedKinds.getOrDefault(parent, tree.units().containsKey(parent) ? tree.units().get(parent).kind() : null);
            boolean moeUniversity = Placement.isMoeUniversity(kind, parentKind);
            Placement placement = Placement.under(parentPlace, change.code(), kind, moeUniversity);
            long id = newIds.getAsLong();
            if (kind.isAuthority()) {
                // Only authorities are parents (the validator saw to it): the others need not be looked up.
                addedIds.put(change.code(), id);
                addedKinds.put(change.code(), kind);
                addedAuthorities.put(change.code(), placement);
            }
            placed.add(new PlacedChange(change, id, parentId, placement, moeUniversity));
        }
        return placed;
    }
}

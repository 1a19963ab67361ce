package cn.eduinfo.org;

/**
 * Where a unit sits in the tree: its materialised path of codes, its depth and the tier it reports
 * in, all derived from its parent's. One rule for the entity ({@link Organisation}) and for the
 * registry sync, which places hundreds of thousands of new units without loading entities.
 */
public record Placement(String path, int depth, Tier tier) {

    /** The place of a unit under {@code parent} (null for the MoE). */
    public static Placement under(Placement parent, String code, OrgKind kind, boolean moeAffiliated) {
        return parent == null
                ? new Placement("/" + code + "/", 0, Tier.of(kind, moeAffiliated, null))
                : new Placement(parent.path + code + "/", parent.depth + 1, Tier.of(kind, moeAffiliated, parent.tier));
    }

    /** An MoE university (教育部直属高校): an HEI straight under the MoE, which reports with the provinces. */
    public static boolean isMoeUniversity(OrgKind kind, OrgKind parentKind) {
        return kind == OrgKind.HEI && parentKind == OrgKind.MOE;
    }
}

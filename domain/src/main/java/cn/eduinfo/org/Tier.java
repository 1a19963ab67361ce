package cn.eduinfo.org;

/**
 * The reporting tier whose window a unit reports in (第十八条). Schools, teaching points and HEIs
 * that are not MoE universities report with their superior, so they take its tier.
 */
public enum Tier {
    COUNTY, PREFECTURE, PROVINCE, NATIONAL;

    /** The tier of a unit of the given kind under a parent of the given tier (null for the MoE). */
    public static Tier of(OrgKind kind, boolean moeAffiliated, Tier parentTier) {
        return switch (kind) {
            case MOE -> NATIONAL;
            case PROVINCE -> PROVINCE;
            case PREFECTURE -> PREFECTURE;
            case COUNTY -> COUNTY;
            case HEI -> moeAffiliated ? PROVINCE : requireParent(parentTier);
            case SCHOOL, TEACHING_POINT -> requireParent(parentTier);
        };
    }

    private static Tier requireParent(Tier parentTier) {
        if (parentTier == null || parentTier == NATIONAL) {
            // A school straight under the MoE has no tier to report in: only MoE universities may sit there.
            throw new IllegalArgumentException("only MoE universities sit directly under the MoE");
        }
        return parentTier;
    }
}

package cn.eduinfo.org;

/** The kinds of organisation in the reporting tree (第二条). */
public enum OrgKind {
    MOE, PROVINCE, PREFECTURE, COUNTY, SCHOOL, TEACHING_POINT, HEI;

    public boolean isAuthority() {
        return this == MOE || this == PROVINCE || this == PREFECTURE || this == COUNTY;
    }

    /** Authorities and HEIs have all three roles; other schools and teaching points an administrator only (第八条). */
    public boolean hasReviewer() {
        return isAuthority() || this == HEI;
    }
}

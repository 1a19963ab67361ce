package cn.eduinfo.org.boundary;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.org.Tier;
import java.io.Serializable;
import java.time.LocalDate;

/** What screens and the API show of an organisation: a detached, serialisable snapshot (with the unit a merged one went into). */
public record OrgSummary(long id, String code, String name, OrgKind kind, SchoolCategory schoolCategory,
                         boolean moeAffiliated, Long parentId, String parentName, String divisionCode, String path,
                         Tier tier, OrgStatus status, LocalDate statusDate, boolean enrolmentSuspended, int version,
                         String successorCode, String successorName)
        implements Serializable {

    public static OrgSummary of(Organisation o) {
        Organisation p = o.getParent();
        Organisation s = o.getSuccessor();
        return new OrgSummary(o.getId(), o.getCode(), o.getName(), o.getKind(), o.getSchoolCategory(),
                o.isMoeAffiliated(), p == null ? null : p.getId(), p == null ? null : p.getName(),
                o.getDivisionCode(), o.getPath(), o.getTier(), o.getStatus(), o.getStatusDate(),
                o.isEnrolmentSuspended(), o.getVersion(), s == null ? null : s.getCode(), s == null ? null : s.getName());
    }

    /** Schools, teaching points and HEIs have no subordinates in the tree. */
    public boolean isLeaf() {
        return !kind.isAuthority();
    }
}

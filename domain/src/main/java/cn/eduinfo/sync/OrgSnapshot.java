package cn.eduinfo.sync;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;

/**
 * What the system currently holds for one code, flattened to codes so that the sync rules can be
 * computed without loading entities.
 *
 * @param parent    the parent's code, null for the MoE
 * @param successor the successor's code, null unless {@code MERGED}
 */
public record OrgSnapshot(String code, String name, OrgKind kind, SchoolCategory category, String division,
                          String parent, OrgStatus status, String successor) {
}

package cn.eduinfo.sync;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.time.LocalDate;

/**
 * One organisation as the national registry's snapshot file states it (registry-format.md).
 * {@code line} is the file line the row starts on, so every later check can point at it.
 *
 * @param category  null for authorities
 * @param parent    null for the MoE only
 * @param successor null unless {@code MERGED}
 */
public record RegistryRow(int line, String code, String name, OrgKind kind, SchoolCategory category,
                          String division, String parent, OrgStatus status, String successor, LocalDate effective) {
}

package cn.eduinfo.org.boundary;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import java.io.Serializable;

/** A direct subordinate as it stood on a date: its name and status then. */
public record UnitAsOf(long id, String code, OrgKind kind, String name, OrgStatus status) implements Serializable {
}

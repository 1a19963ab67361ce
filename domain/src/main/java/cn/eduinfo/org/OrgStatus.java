package cn.eduinfo.org;

public enum OrgStatus {
    ACTIVE, CLOSED, MERGED
}

package cn.eduinfo.sync;

/** Where a synchronisation run stands. INVALID runs changed nothing; STOPPED and ABANDONED ones can resume. */
public enum RunStatus {
    QUEUED, VALIDATING, INVALID, APPLYING, STOPPED, ABANDONED, COMPLETED, FAILED;

    public boolean isActive() {
        return this == QUEUED || this == VALIDATING || this == APPLYING;
    }

    public boolean canResume() {
        return this == STOPPED || this == ABANDONED || this == FAILED;
    }
}

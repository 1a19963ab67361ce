package cn.eduinfo.reporting;

/** Where one unit's data for one quarter stands in the cycle (第十七~二十条). */
public enum SubmissionState {
    /** Prefilled with what the unit last reported; nothing recorded this quarter. */
    NOT_STARTED,
    /** Updated or confirmed unchanged, not yet sent up. */
    DRAFT,
    /** A unit without a reviewer (school, teaching point) handed its data to its superior. */
    SUBMITTED,
    /** A unit with a reviewer reported to its superior (第十七条). */
    REPORTED,
    /** Reported by the system at the deadline with the data as it stood (第十八条). */
    AUTO_REPORTED,
    /** The direct superior's reviewer accepted the data. */
    ACCEPTED,
    /** Sent back by the superior with a reason and a time limit (第十九、二十条). */
    RETURNED,
    /** The unit asked its superior to take its report back (第十九条); still locked. */
    WITHDRAWAL_REQUESTED;

    /** The unit's data may be changed: nothing has gone up, or it came back. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** The data is with the superior and locked (第十九条). */
    public boolean isSent() {
        return !isOpen();
    }

    /** Sent up and waiting for the direct superior's reviewer to accept or return it (what Submission.accept takes). */
    public boolean awaitsReview() {
        return isSent() && this != ACCEPTED && this != WITHDRAWAL_REQUESTED;
    }
}

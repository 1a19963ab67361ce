package cn.eduinfo.reporting;

/** One unit's quarter as a superior sees it when chasing (催报, 第八条). */
public enum Completeness {
    MISSING, UPDATED, CONFIRMED_UNCHANGED, REPORTED, AUTO_REPORTED, RETURNED;

    /** A returned unit first (it owes a correction), then sent data, then what the form shows. */
    public static Completeness of(SubmissionState state, DataStatus data, boolean autoReported) {
        if (state == SubmissionState.RETURNED) {
            return RETURNED;
        }
        if (state.isSent()) {
            return autoReported ? AUTO_REPORTED : REPORTED;
        }
        return switch (data) {
            case UPDATED -> UPDATED;
            case CONFIRMED_UNCHANGED -> CONFIRMED_UNCHANGED;
            case NONE -> MISSING;
        };
    }
}

package cn.eduinfo.reporting;

/** What a timeline entry records. */
public enum Action {
    UPDATE, CONFIRM_UNCHANGED, SUBMIT, REPORT, AUTO_REPORT, ACCEPT, RETURN,
    REQUEST_WITHDRAWAL, APPROVE_WITHDRAWAL, REFUSE_WITHDRAWAL
}

package cn.eduinfo.form;

/** HARD blocks saving; EXPLAIN blocks saving until the filler gives a short explanation reviewers see. */
public enum Severity {
    HARD, EXPLAIN
}

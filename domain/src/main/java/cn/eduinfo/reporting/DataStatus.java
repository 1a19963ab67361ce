package cn.eduinfo.reporting;

/** What the unit did with its form this quarter: "有变化即更新，无变化每季度确认" (第十五、十六条). */
public enum DataStatus {
    NONE, UPDATED, CONFIRMED_UNCHANGED
}

package cn.eduinfo.form;

/**
 * The three forms of the notice: authorities report on their area, schools and teaching points
 * on themselves, and HEIs on the higher-education indicators the phase-2 system added.
 */
public enum FormKind {
    AUTHORITY, SCHOOL, HEI
}

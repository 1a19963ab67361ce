package cn.eduinfo.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.eduinfo.reporting.Quarter;

/** A small school form that the check and version tests can read at a glance. */
final class Fixtures {

    static final Set<Audience> SCHOOLS = Audience.allOf(FormKind.SCHOOL);

    private Fixtures() {
    }

    static Indicator typed(String code, IndicatorType type, boolean required) {
        return new Indicator(code, Section.MULTIMEDIA_CLASSROOMS, "指标" + code, "Indicator " + code, "", type,
                null, null, required, List.of(), null, SCHOOLS, "", "");
    }

    static Indicator bounded(String code, IndicatorType type, String min, String max) {
        return new Indicator(code, Section.FUNDING, "指标" + code, "Indicator " + code, "", type,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), false, List.of(), null, SCHOOLS, "", "");
    }

    static Indicator choice(String code) {
        return new Indicator(code, Section.WIRELESS, "覆盖范围", "Coverage", "", IndicatorType.CHOICE, null, null, false,
                List.of(new Choice("ALL", "全校覆盖", "Whole school"), new Choice("NONE", "未覆盖", "None")), null, SCHOOLS, "", "");
    }

    static Indicator derived(String code, String formula, IndicatorType type) {
        return new Indicator(code, Section.MULTIMEDIA_CLASSROOMS, "计算" + code, "Derived " + code, "", type,
                null, null, false, List.of(), Formula.parse(formula), SCHOOLS, "", "");
    }

    /** Classrooms C1, multimedia classrooms C2 ≤ C1, interactive C3 ≤ C2, share C4 = C2/C1, a remark T1. */
    static FormVersion classrooms(int number, String from) {
        return new FormVersion(FormKind.SCHOOL, number, Quarter.parse(from),
                List.of(typed("C1", IndicatorType.INTEGER, true), typed("C2", IndicatorType.INTEGER, true),
                        typed("C3", IndicatorType.INTEGER, false), derived("C4", "RATIO(C2/C1)", IndicatorType.PERCENTAGE),
                        bounded("T1", IndicatorType.TEXT, null, "500")),
                List.of(CrossFieldRule.parse("R1", "C2<=C1"), CrossFieldRule.parse("R2", "C3<=C2")));
    }
}

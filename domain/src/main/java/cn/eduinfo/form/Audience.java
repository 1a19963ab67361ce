package cn.eduinfo.form;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;

/**
 * Who an indicator is asked of: authorities by level, schools by category, teaching points, HEIs
 * by category. Each audience fills exactly one form, so the audience of an organisation decides
 * both its form and which of that form's indicators it sees.
 */
public enum Audience {
    MOE(FormKind.AUTHORITY), PROVINCE(FormKind.AUTHORITY), PREFECTURE(FormKind.AUTHORITY), COUNTY(FormKind.AUTHORITY),
    KINDERGARTEN(FormKind.SCHOOL), PRIMARY(FormKind.SCHOOL), JUNIOR_SECONDARY(FormKind.SCHOOL),
    SENIOR_SECONDARY(FormKind.SCHOOL), SECONDARY_VOCATIONAL(FormKind.SCHOOL), SPECIAL_EDUCATION(FormKind.SCHOOL),
    OTHER_SCHOOL(FormKind.SCHOOL), TEACHING_POINT(FormKind.SCHOOL),
    REGULAR_HEI(FormKind.HEI), ADULT_HEI(FormKind.HEI);

    private final FormKind form;

    Audience(FormKind form) {
        this.form = form;
    }

    public FormKind form() {
        return form;
    }

    public static Set<Audience> allOf(FormKind form) {
        Set<Audience> all = EnumSet.noneOf(Audience.class);
        for (Audience a : values()) {
            if (a.form == form) {
                all.add(a);
            }
        }
        return all;
    }

    /**
     * The audience of an organisation. The authority level is the kind itself (MoE, province,
     * prefecture, county); a school's category decides the rest, and a school coded as an HEI
     * (41, 42) fills the HEI form even if the registry lists it as a plain school.
     *
     * @param category the school's category, null for authorities and teaching points
     */
    public static Audience of(OrgKind kind, SchoolCategory category) {
        return switch (kind) {
            case MOE -> MOE;
            case PROVINCE -> PROVINCE;
            case PREFECTURE -> PREFECTURE;
            case COUNTY -> COUNTY;
            case TEACHING_POINT -> TEACHING_POINT;
            case HEI -> category == SchoolCategory.ADULT_HEI ? ADULT_HEI : REGULAR_HEI;
            case SCHOOL -> ofSchool(category);
        };
    }

    /**
     * Every shape a unit of the tree can have — its kind and its category, null for none — as
     * set-based SQL must map them (a school always has a category: the first digits of its code).
     */
    public static void forEachUnitShape(BiConsumer<OrgKind, SchoolCategory> action) {
        for (OrgKind kind : OrgKind.values()) {
            if (kind != OrgKind.SCHOOL) {
                action.accept(kind, null);
            }
            if (!kind.isAuthority()) {
                for (SchoolCategory category : SchoolCategory.values()) {
                    action.accept(kind, category);
                }
            }
        }
    }

    private static Audience ofSchool(SchoolCategory category) {
        if (category == null) {
            throw new IllegalArgumentException("a school needs its category to know its form");
        }
        return switch (category) {
            case KINDERGARTEN -> KINDERGARTEN;
            case PRIMARY -> PRIMARY;
            case JUNIOR_SECONDARY -> JUNIOR_SECONDARY;
            case SENIOR_SECONDARY -> SENIOR_SECONDARY;
            case SECONDARY_VOCATIONAL -> SECONDARY_VOCATIONAL;
            case SPECIAL_EDUCATION -> SPECIAL_EDUCATION;
            case REGULAR_HEI -> REGULAR_HEI;
            case ADULT_HEI -> ADULT_HEI;
            case OTHER -> OTHER_SCHOOL;
        };
    }
}

package cn.eduinfo.org;

import java.util.Optional;

/** The first two digits of a school identification code (学校标识码). */
public enum SchoolCategory {
    KINDERGARTEN("11"), PRIMARY("21"), JUNIOR_SECONDARY("31"), SENIOR_SECONDARY("34"),
    SECONDARY_VOCATIONAL("36"), REGULAR_HEI("41"), ADULT_HEI("42"), SPECIAL_EDUCATION("51"), OTHER("91");

    private static final SchoolCategory[] VALUES = values();

    private final String code;

    SchoolCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isHigherEducation() {
        return this == REGULAR_HEI || this == ADULT_HEI;
    }

    /** 9x is 'other' whatever the second digit. */
    public static Optional<SchoolCategory> ofCode(String twoDigits) {
        if (twoDigits != null && twoDigits.length() == 2 && twoDigits.charAt(0) == '9' && Character.isDigit(twoDigits.charAt(1))) {
            return Optional.of(OTHER);
        }
        for (SchoolCategory c : VALUES) {
            if (c.code.equals(twoDigits)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

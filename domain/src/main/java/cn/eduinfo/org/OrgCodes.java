package cn.eduinfo.org;


/**
 * Identification codes: authorities by their 6-digit GB/T 2260 division code (MoE 000000, XPCC
 * 660000), schools by the 10-digit school identification code: category + province + sequence.
 */
public final class OrgCodes {

    public static final String MOE = "000000";
    public static final String XPCC = "660000";


    private OrgCodes() {
    }

    public static boolean isDivisionCode(String code) {
        return digits(code, 6);
    }

    public static boolean isSchoolCode(String code) {
        return digits(code, 10)
                && SchoolCategory.ofCode(code.substring(0, 2)).isPresent()
                && !"00".equals(code.substring(2, 4));
    }

    /** A hand loop, not a regex: the registry sync checks every code of a national snapshot. */
    private static boolean digits(String code, int length) {
        if (code == null || code.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static String schoolCode(SchoolCategory category, String provinceDigits, int sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return category.code() + provinceDigits + String.format("%06d", sequence);
    }

    /** Province-direct county-level areas: 4190xx, 4290xx, 4690xx, 6590xx (DOMAIN.md). */
    public static boolean isProvinceDirectCounty(String divisionCode) {
        return isDivisionCode(divisionCode) && divisionCode.substring(2, 4).equals("90");
    }

    /** Beijing, Tianjin, Shanghai, Chongqing: districts report straight to the municipal commission. */
    public static boolean isMunicipality(String provinceDigits) {
        return switch (provinceDigits) {
            case "11", "12", "31", "50" -> true;
            default -> false;
        };
    }
}

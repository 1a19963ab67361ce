package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** School identification codes, division codes and school categories ({@link OrgCodes}, {@link SchoolCategory}). */
class OrgCodesTest {

    @Test
    void validSchoolCodesForEveryCategory() {
        for (SchoolCategory c : SchoolCategory.values()) {
            String code = OrgCodes.schoolCode(c, "46", 1);
            assertEquals(10, code.length());
            assertTrue(OrgCodes.isSchoolCode(code), code);
            assertEquals(c, SchoolCategory.ofCode(code.substring(0, 2)).orElseThrow());
        }
    }

    @Test
    void schoolCodeIsCategoryProvinceSequence() {
        assertEquals("2146000042", OrgCodes.schoolCode(SchoolCategory.PRIMARY, "46", 42));
        assertEquals("4111999999", OrgCodes.schoolCode(SchoolCategory.REGULAR_HEI, "11", 999_999));
    }

    @Test
    void schoolCodeSequenceOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrgCodes.schoolCode(SchoolCategory.PRIMARY, "46", 0));
        assertThrows(IllegalArgumentException.class, () -> OrgCodes.schoolCode(SchoolCategory.PRIMARY, "46", 1_000_000));
    }

    @Test
    void anyNineXCategoryIsOther() {
        assertTrue(OrgCodes.isSchoolCode("9146000001"));
        assertTrue(OrgCodes.isSchoolCode("9946000001"));
        assertEquals(SchoolCategory.OTHER, SchoolCategory.ofCode("93").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "22", "33", "35", "43", "50", "52", "00", "9a", "1", "211"})
    void unknownCategoriesAreRejected(String prefix) {
        assertTrue(SchoolCategory.ofCode(prefix).isEmpty(), prefix);
    }

    @Test
    void provinceDigitsMustNotBe00() {
        assertFalse(OrgCodes.isSchoolCode("2100000001"));
        assertTrue(OrgCodes.isSchoolCode("2101000001"));
    }

    @Test
    void schoolCodeMustHaveTenDigits() {
        assertFalse(OrgCodes.isSchoolCode("214600001"));
        assertFalse(OrgCodes.isSchoolCode("21460000011"));
        assertFalse(OrgCodes.isSchoolCode("21460000O1"));
        assertFalse(OrgCodes.isSchoolCode(null));
        assertTrue(OrgCodes.isSchoolCode("2146000001"));
    }

    @Test
    void divisionCodesAreSixDigits() {
        assertTrue(OrgCodes.isDivisionCode("000000"));
        assertTrue(OrgCodes.isDivisionCode("460400"));
        assertFalse(OrgCodes.isDivisionCode("46040"));
        assertFalse(OrgCodes.isDivisionCode("4604000"));
        assertFalse(OrgCodes.isDivisionCode(null));
    }

    @Test
    void provinceDirectCountiesAndMunicipalities() {
        for (String c : new String[] {"419001", "429004", "469001", "659001"}) {
            assertTrue(OrgCodes.isProvinceDirectCounty(c), c);
        }
        assertFalse(OrgCodes.isProvinceDirectCounty("460105"));
        assertFalse(OrgCodes.isProvinceDirectCounty("460400"));
        assertFalse(OrgCodes.isProvinceDirectCounty("4690"));
        for (String p : new String[] {"11", "12", "31", "50"}) {
            assertTrue(OrgCodes.isMunicipality(p), p);
        }
        assertFalse(OrgCodes.isMunicipality("46"));
        assertFalse(OrgCodes.isMunicipality("66"));
    }

    @Test
    void heiCategories() {
        assertTrue(SchoolCategory.REGULAR_HEI.isHigherEducation());
        assertTrue(SchoolCategory.ADULT_HEI.isHigherEducation());
        assertFalse(SchoolCategory.PRIMARY.isHigherEducation());
        assertFalse(SchoolCategory.OTHER.isHigherEducation());
    }
}

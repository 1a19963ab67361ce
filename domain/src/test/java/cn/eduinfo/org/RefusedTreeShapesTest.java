package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of the organisation tree (DOMAIN.md, 第二条, 第九~十二条) that are refused; accepted ones are in {@link TreeAndTierRulesTest}. */
class RefusedTreeShapesTest {

    private final Organisation moe = Organisation.moe("教育部");

    private Organisation province(String code, String name) {
        return Organisation.authority(code, name, OrgKind.PROVINCE, moe);
    }

    /** Refused for the stated reason, not by accident of some other check. */
    private void refused(String reason, org.junit.jupiter.api.function.Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' but was: " + e.getMessage());
    }

    @Test
    void prefectureUnderTheMoeIsRefused() {
        refused("PREFECTURE cannot sit under MOE",
                () -> Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, moe));
    }

    @Test
    void provinceUnderAProvinceIsRefused() {
        Organisation hainan = province("460000", "海南省教育厅");
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.authority("110000", "北京市教育委员会", OrgKind.PROVINCE, hainan));
    }

    @Test
    void countyUnderTheMoeOrACountyIsRefused() {
        Organisation hainan = province("460000", "海南省教育厅");
        Organisation county = Organisation.authority("469001", "五指山市教育局", OrgKind.COUNTY, hainan);
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.authority("469002", "琼海市教育局", OrgKind.COUNTY, moe));
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.authority("469002", "琼海市教育局", OrgKind.COUNTY, county));
    }

    @Test
    void authorityWithoutParentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, null));
    }

    @Test
    void authorityFactoryRefusesMoeAndSchoolKinds() {
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.authority("000001", "第二个教育部", OrgKind.MOE, moe));
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.authority("460000", "学校", OrgKind.SCHOOL, moe));
    }

    @Test
    void schoolFactoryRefusesAuthorityKinds() {
        Organisation hainan = province("460000", "海南省教育厅");
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.school("2146000001", "x", OrgKind.COUNTY, hainan, "460000"));
    }

    @Test
    void schoolUnderASchoolIsRefused() {
        Organisation hainan = province("460000", "海南省教育厅");
        Organisation danzhou = Organisation.authority("460400", "儋州市教育局", OrgKind.PREFECTURE, hainan);
        Organisation school = Organisation.school("2146000001", "儋州市第一小学", OrgKind.SCHOOL, danzhou, "460400");
        refused("belongs to an education authority",
                () -> Organisation.school("2146000002", "分校", OrgKind.SCHOOL, school, "460400"));
        refused("belongs to an education authority",
                () -> Organisation.school("2146000003", "教学点", OrgKind.TEACHING_POINT, school, "460400"));
    }

    @Test
    void schoolWithoutParentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.school("2146000001", "x", OrgKind.SCHOOL, null, "460400"));
    }

    @Test
    void nonHeiSchoolDirectlyUnderTheMoeIsRefused() {
        refused("only MoE universities",
                () -> Organisation.school("2111000001", "部属小学", OrgKind.SCHOOL, moe, "110000"));
        refused("only MoE universities",
                () -> Organisation.school("2111000002", "部属教学点", OrgKind.TEACHING_POINT, moe, "110000"));
    }

    @Test
    void heiKindWithAPrimarySchoolCodeIsRefused() {
        refused("does not fit kind HEI",
                () -> Organisation.school("2111010001", "北京大学", OrgKind.HEI, moe, "110108"));
    }

    @Test
    void schoolKindWithAnHeiCodeIsRefused() {
        Organisation hainan = province("460000", "海南省教育厅");
        refused("does not fit kind SCHOOL",
                () -> Organisation.school("4146010658", "海南师范大学", OrgKind.SCHOOL, hainan, "460100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "46000", "4600000", "46000a", "4600-0", " 460000"})
    void malformedDivisionCodesAreRefused(String code) {
        refused("not a division code",
                () -> Organisation.authority(code, "x", OrgKind.PROVINCE, moe));
    }

    @Test
    void nullDivisionCodeIsRefused() {
        refused("not a division code",
                () -> Organisation.authority(null, "x", OrgKind.PROVINCE, moe));
    }

    @ParameterizedTest
    @ValueSource(strings = {"214600000", "21460000011", "2100000001", "0146000001", "8146000001",
            "21460000a1", "460000", "2x46000001"})
    void malformedSchoolCodesAreRefused(String code) {
        Organisation hainan = province("460000", "海南省教育厅");
        refused("not a school identification code",
                () -> Organisation.school(code, "x", OrgKind.SCHOOL, hainan, "460000"));
    }
}

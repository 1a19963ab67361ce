package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shapes of the organisation tree (DOMAIN.md, 第二条, 第九~十二条) and the tier each unit reports in.
 * Refused shapes are in {@link RefusedTreeShapesTest}, the codes in {@link OrgCodesTest}.
 */
class TreeAndTierRulesTest {

    private final Organisation moe = Organisation.moe("教育部");

    private Organisation province(String code, String name) {
        return Organisation.authority(code, name, OrgKind.PROVINCE, moe);
    }

    @Nested
    class AcceptedShapes {

        @Test
        void moeIsTheRootAtNationalTier() {
            assertEquals(OrgCodes.MOE, moe.getCode());
            assertEquals(OrgKind.MOE, moe.getKind());
            assertEquals(Tier.NATIONAL, moe.getTier());
            assertEquals("/000000/", moe.getPath());
            assertEquals(0, moe.getDepth());
            assertNull(moe.getParent());
            assertTrue(moe.isActive());
        }

        @Test
        void municipalDistrictSitsDirectlyUnderTheProvinceAtCountyTier() {
            Organisation beijing = province("110000", "北京市教育委员会");
            Organisation dongcheng = Organisation.authority("110101", "东城区教育委员会", OrgKind.COUNTY, beijing);

            assertTrue(OrgCodes.isMunicipality("11"));
            assertEquals(Tier.PROVINCE, beijing.getTier());
            assertEquals(Tier.COUNTY, dongcheng.getTier());
            assertEquals("/000000/110000/110101/", dongcheng.getPath());
            assertEquals(2, dongcheng.getDepth());
            assertSame(beijing, dongcheng.getParent());
            assertEquals("110101", dongcheng.getDivisionCode());
        }

        @Test
        void provinceDirectCountySitsUnderTheProvinceAtCountyTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation wuzhishan = Organisation.authority("469001", "五指山市教育局", OrgKind.COUNTY, hainan);

            assertTrue(OrgCodes.isProvinceDirectCounty("469001"));
            assertEquals(Tier.COUNTY, wuzhishan.getTier());
            assertEquals("/000000/460000/469001/", wuzhishan.getPath());
            assertEquals(2, wuzhishan.getDepth());
        }

        @Test
        void countyUnderPrefectureHasDepthThree() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
            Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);

            assertEquals(Tier.PREFECTURE, haikou.getTier());
            assertEquals(Tier.COUNTY, xiuying.getTier());
            assertEquals("/000000/460000/460100/460105/", xiuying.getPath());
            assertEquals(3, xiuying.getDepth());
        }

        @Test
        void prefectureCityWithoutCountiesHoldsSchoolsAtPrefectureTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation danzhou = Organisation.authority("460400", "儋州市教育局", OrgKind.PREFECTURE, hainan);
            Organisation school = Organisation.school("2146000001", "儋州市第一小学", OrgKind.SCHOOL, danzhou, "460400");

            assertEquals(Tier.PREFECTURE, danzhou.getTier());
            assertEquals(Tier.PREFECTURE, school.getTier());
            assertEquals(SchoolCategory.PRIMARY, school.getSchoolCategory());
            assertFalse(school.isMoeAffiliated());
            assertEquals("/000000/460000/460400/2146000001/", school.getPath());
            assertEquals(3, school.getDepth());
            assertSame(danzhou, school.getParent());
        }

        @Test
        void xpccIsAProvinceUnderTheMoe() {
            Organisation xpcc = province(OrgCodes.XPCC, "新疆生产建设兵团教育局");

            assertEquals("660000", xpcc.getCode());
            assertEquals(OrgKind.PROVINCE, xpcc.getKind());
            assertEquals(Tier.PROVINCE, xpcc.getTier());
            assertEquals("/000000/660000/", xpcc.getPath());
            assertSame(moe, xpcc.getParent());
        }

        @Test
        void moeUniversityIsMoeAffiliatedAtProvinceTier() {
            Organisation pku = Organisation.school("4111010001", "北京大学", OrgKind.HEI, moe, "110108");

            assertTrue(pku.isMoeAffiliated());
            assertEquals(Tier.PROVINCE, pku.getTier());
            assertEquals(SchoolCategory.REGULAR_HEI, pku.getSchoolCategory());
            assertEquals("/000000/4111010001/", pku.getPath());
            assertEquals(1, pku.getDepth());
        }

        @Test
        void provincialHeiIsNotMoeAffiliatedAndTakesProvinceTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation hnnu = Organisation.school("4146010658", "海南师范大学", OrgKind.HEI, hainan, "460100");

            assertFalse(hnnu.isMoeAffiliated());
            assertEquals(Tier.PROVINCE, hnnu.getTier());
            assertEquals("/000000/460000/4146010658/", hnnu.getPath());
        }

        @Test
        void adultHeiIsAnHeiKind() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation adult = Organisation.school("4246000001", "海南广播电视大学", OrgKind.HEI, hainan, "460100");
            assertEquals(SchoolCategory.ADULT_HEI, adult.getSchoolCategory());
            assertEquals(Tier.PROVINCE, adult.getTier());
        }

        @Test
        void heiUnderAPrefectureTakesPrefectureTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation sanya = Organisation.authority("460200", "三亚市教育局", OrgKind.PREFECTURE, hainan);
            Organisation college = Organisation.school("4146000002", "三亚市属学院", OrgKind.HEI, sanya, "460200");
            assertFalse(college.isMoeAffiliated());
            assertEquals(Tier.PREFECTURE, college.getTier());
        }

        @Test
        void schoolUnderACountyTakesCountyTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
            Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
            Organisation school = Organisation.school("3146000123", "秀英区第一中学", OrgKind.SCHOOL, xiuying, "460105");

            assertEquals(Tier.COUNTY, school.getTier());
            assertEquals(SchoolCategory.JUNIOR_SECONDARY, school.getSchoolCategory());
            assertEquals("/000000/460000/460100/460105/3146000123/", school.getPath());
            assertEquals(4, school.getDepth());
        }

        @Test
        void teachingPointUnderACountyTakesCountyTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation county = Organisation.authority("469001", "五指山市教育局", OrgKind.COUNTY, hainan);
            Organisation point = Organisation.school("2146000999", "某村教学点", OrgKind.TEACHING_POINT, county, "469001");
            assertEquals(Tier.COUNTY, point.getTier());
            assertEquals(OrgKind.TEACHING_POINT, point.getKind());
        }

        @Test
        void provincialDirectSchoolTakesProvinceTier() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation school = Organisation.school("3446000001", "海南中学", OrgKind.SCHOOL, hainan, "460100");
            assertEquals(Tier.PROVINCE, school.getTier());
            assertEquals(SchoolCategory.SENIOR_SECONDARY, school.getSchoolCategory());
        }
    }

    @Nested
    class SubtreeContainment {

        private final Organisation hainan = province("460000", "海南省教育厅");
        private final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
        private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
        private final Organisation sanya = Organisation.authority("460200", "三亚市教育局", OrgKind.PREFECTURE, hainan);
        private final Organisation direct = Organisation.authority("469001", "五指山市教育局", OrgKind.COUNTY, hainan);

        @Test
        void anAncestorContainsItsDescendantsAndItself() {
            assertTrue(moe.contains(xiuying));
            assertTrue(hainan.contains(xiuying));
            assertTrue(haikou.contains(xiuying));
            assertTrue(haikou.contains(haikou));
            assertTrue(hainan.contains(direct));
        }

        @Test
        void aDescendantDoesNotContainItsAncestor() {
            assertFalse(xiuying.contains(haikou));
            assertFalse(haikou.contains(hainan));
            assertFalse(hainan.contains(moe));
        }

        @Test
        void aPrefectureDoesNotContainUnitsOfAnotherBranch() {
            // 460100 must not contain 4601xx-looking codes that hang under another branch.
            Organisation otherBranch = Organisation.authority("460106", "别处的县", OrgKind.COUNTY, sanya);
            assertTrue(otherBranch.getCode().startsWith("4601"));
            assertFalse(haikou.contains(otherBranch));
            assertFalse(haikou.contains(direct));
            assertFalse(haikou.contains(sanya));
            assertTrue(sanya.contains(otherBranch));
        }

        @Test
        void aSiblingWhoseCodeSharesAPrefixIsNotContained() {
            Organisation a = Organisation.authority("460101", "甲", OrgKind.COUNTY, haikou);
            Organisation longerSibling = Organisation.authority("460102", "乙", OrgKind.COUNTY, haikou);
            assertFalse(a.contains(longerSibling));
            assertFalse(longerSibling.contains(a));
            // An HEI located in 460105 but affiliated to the province is not inside the county's subtree.
            Organisation school = Organisation.school("4146010501", "x", OrgKind.HEI, hainan, "460105");
            assertFalse(xiuying.contains(school));
            assertTrue(hainan.contains(school));
        }

        @Test
        void containsNullIsFalse() {
            assertFalse(hainan.contains(null));
        }

        @Test
        void schoolsAreInsideTheirAuthoritiesSubtree() {
            Organisation school = Organisation.school("2146000777", "秀英小学", OrgKind.SCHOOL, xiuying, "460105");
            assertTrue(xiuying.contains(school));
            assertTrue(haikou.contains(school));
            assertTrue(hainan.contains(school));
            assertFalse(sanya.contains(school));
            assertFalse(school.contains(xiuying));
        }
    }

    @Nested
    class EnrolmentSuspended {

        @Test
        void schoolsKeepTheFlagAuthoritiesAndHeisMayNot() {
            Organisation hainan = province("460000", "海南省教育厅");
            Organisation school = Organisation.school("2146000001", "x", OrgKind.SCHOOL, hainan, "460000");
            school.setEnrolmentSuspended(true);
            assertTrue(school.isEnrolmentSuspended());
            school.setEnrolmentSuspended(false);
            assertFalse(school.isEnrolmentSuspended());

            Organisation hei = Organisation.school("4146000001", "y", OrgKind.HEI, hainan, "460000");
            cn.eduinfo.shared.DomainException e = assertThrows(cn.eduinfo.shared.DomainException.class,
                    () -> hei.setEnrolmentSuspended(true));
            assertEquals("org.enrolmentSuspended.schoolsOnly", e.key());
            assertThrows(cn.eduinfo.shared.DomainException.class, () -> hainan.setEnrolmentSuspended(true));
        }
    }
}

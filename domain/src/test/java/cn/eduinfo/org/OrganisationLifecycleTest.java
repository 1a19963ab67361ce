package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the registry does to a unit over time: rename, closure, merger, reopening and change of affiliation (第十~十一条). */
class OrganisationLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final LocalDate LATER = LocalDate.of(2024, 9, 1);

    private final Organisation moe = Organisation.moe("教育部");
    private final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    private final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
    private final Organisation longhua = Organisation.authority("460106", "龙华区教育局", OrgKind.COUNTY, haikou);
    private final Organisation sanya = Organisation.authority("460200", "三亚市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation school = Organisation.school("2146000001", "海口市秀英区第一小学", OrgKind.SCHOOL, xiuying, "460105");
    private final Organisation other = Organisation.school("2146000002", "海口市龙华区第一小学", OrgKind.SCHOOL, longhua, "460106");

    /** Refused with exactly this message key. */
    private static DomainException refused(String key, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(key, e.key());
        assertEquals(key, e.getMessage());
        return e;
    }

    @Nested
    class Rename {

        @Test
        void aRenameKeepsTheCodeAndThePlace() {
            school.updateFromRegistry("海口市秀英区实验小学", "460106");

            assertEquals("2146000001", school.getCode());
            assertEquals("海口市秀英区实验小学", school.getName());
            assertEquals("460106", school.getDivisionCode());
            assertSame(xiuying, school.getParent());
            assertEquals("/000000/460000/460100/460105/2146000001/", school.getPath());
            assertEquals(Tier.COUNTY, school.getTier());
            assertEquals(OrgStatus.ACTIVE, school.getStatus());
        }

        @Test
        void aRenameNeedsAName() {
            assertThrows(NullPointerException.class, () -> school.updateFromRegistry(null, "460105"));
            assertEquals("海口市秀英区第一小学", school.getName());
        }
    }

    @Nested
    class Close {

        @Test
        void closingSetsStatusAndDate() {
            school.close(DAY);

            assertEquals(OrgStatus.CLOSED, school.getStatus());
            assertEquals(DAY, school.getStatusDate());
            assertFalse(school.isActive());
            assertNull(school.getSuccessor());
        }

        @Test
        void aSecondCloseIsRefusedAndKeepsTheFirstDate() {
            school.close(DAY);

            DomainException e = refused("org.notActive", () -> school.close(LATER));
            assertEquals(List.of("2146000001"), e.args());
            assertEquals(DAY, school.getStatusDate());
            assertEquals(OrgStatus.CLOSED, school.getStatus());
        }

        @Test
        void aMergedUnitCannotBeClosed() {
            school.mergeInto(other, DAY);
            refused("org.notActive", () -> school.close(LATER));
            assertEquals(OrgStatus.MERGED, school.getStatus());
        }
    }

    @Nested
    class Merge {

        @Test
        void mergingRecordsTheSuccessor() {
            school.mergeInto(other, DAY);

            assertEquals(OrgStatus.MERGED, school.getStatus());
            assertSame(other, school.getSuccessor());
            assertEquals(DAY, school.getStatusDate());
            assertFalse(school.isActive());
            assertTrue(other.isActive(), "the successor carries on");
            assertEquals("2146000001", school.getCode());
        }

        @Test
        void anInactiveSuccessorIsRefused() {
            other.close(DAY);

            refused("org.merge.successorInactive", () -> school.mergeInto(other, LATER));
            assertEquals(OrgStatus.ACTIVE, school.getStatus());
            assertNull(school.getSuccessor());
            assertNull(school.getStatusDate());
        }

        @Test
        void aMergedSuccessorIsRefused() {
            Organisation third = Organisation.school("2146000003", "第三小学", OrgKind.SCHOOL, longhua, "460106");
            other.mergeInto(third, DAY);

            refused("org.merge.successorInactive", () -> school.mergeInto(other, LATER));
            assertTrue(school.isActive());
        }

        @Test
        void noSuccessorIsRefused() {
            refused("org.merge.successorInactive", () -> school.mergeInto(null, DAY));
            assertTrue(school.isActive());
        }

        @Test
        void mergingIntoItselfIsRefused() {
            refused("org.merge.successorInactive", () -> school.mergeInto(school, DAY));
            assertEquals(OrgStatus.ACTIVE, school.getStatus());
            assertNull(school.getSuccessor());
        }

        @Test
        void aClosedUnitCannotMerge() {
            school.close(DAY);
            refused("org.notActive", () -> school.mergeInto(other, LATER));
            assertNull(school.getSuccessor());
            assertEquals(OrgStatus.CLOSED, school.getStatus());
        }
    }

    @Nested
    class Reopen {

        @Test
        void aClosedUnitReopens() {
            school.close(DAY);
            school.reopen(LATER);

            assertEquals(OrgStatus.ACTIVE, school.getStatus());
            assertTrue(school.isActive());
            assertEquals(LATER, school.getStatusDate());
        }

        @Test
        void aReopenedUnitCanBeClosedAgain() {
            school.close(DAY);
            school.reopen(LATER);
            school.close(LATER.plusDays(1));
            assertEquals(OrgStatus.CLOSED, school.getStatus());
            assertEquals(LATER.plusDays(1), school.getStatusDate());
        }

        @Test
        void aMergedUnitNeverComesBack() {
            school.mergeInto(other, DAY);

            refused("org.reopen.notClosed", () -> school.reopen(LATER));
            assertEquals(OrgStatus.MERGED, school.getStatus());
            assertEquals(DAY, school.getStatusDate());
            assertSame(other, school.getSuccessor());
        }

        @Test
        void anActiveUnitCannotReopen() {
            refused("org.reopen.notClosed", () -> school.reopen(LATER));
            assertEquals(OrgStatus.ACTIVE, school.getStatus());
            assertNull(school.getStatusDate());
        }
    }

    @Nested
    class Move {

        private void unmoved(Organisation unit, Organisation parent, String path, Tier tier) {
            assertSame(parent, unit.getParent());
            assertEquals(path, unit.getPath());
            assertEquals(tier, unit.getTier());
        }

        @Test
        void theNearestAuthorityAboveBothParentsDecidesAMove() {
            assertSame(haikou, school.moveDecidedBy(longhua), "two counties of one prefecture: the prefecture");
            assertSame(hainan, school.moveDecidedBy(sanya), "another prefecture: the province");
            assertSame(hainan, school.moveDecidedBy(hainan), "straight under the province: the province, a parent itself");
            Organisation citySchool = Organisation.school("3146000001", "海口市第一中学", OrgKind.SCHOOL, haikou, "460100");
            assertSame(haikou, citySchool.moveDecidedBy(xiuying), "down into a county of its own prefecture: the prefecture");
            Organisation shanghai = Organisation.authority("310000", "上海市教育委员会", OrgKind.PROVINCE, moe);
            assertSame(moe, school.moveDecidedBy(shanghai), "another province: the MoE");
            assertSame(xiuying, school.getParent(), "deciding who decides moves nothing");
        }

        @Test
        void aSchoolMovesBetweenTwoCounties() {
            school.moveTo(longhua);

            assertSame(longhua, school.getParent());
            assertEquals("/000000/460000/460100/460106/2146000001/", school.getPath());
            assertEquals(4, school.getDepth());
            assertEquals(Tier.COUNTY, school.getTier());
            assertEquals("2146000001", school.getCode());
            assertTrue(longhua.contains(school));
            assertFalse(xiuying.contains(school));
        }

        @Test
        void aSchoolMovesToAnotherPrefecture() {
            school.moveTo(sanya);

            assertSame(sanya, school.getParent());
            assertEquals("/000000/460000/460200/2146000001/", school.getPath());
            assertEquals(3, school.getDepth());
            assertEquals(Tier.PREFECTURE, school.getTier());
        }

        @Test
        void aSchoolUnderAPrefectureCityMovingToACountyTakesCountyTier() {
            Organisation citySchool = Organisation.school("3146000001", "海口市第一中学", OrgKind.SCHOOL, haikou, "460100");
            assertEquals(Tier.PREFECTURE, citySchool.getTier());

            citySchool.moveTo(xiuying);

            assertEquals(Tier.COUNTY, citySchool.getTier());
            assertSame(xiuying, citySchool.getParent());
            assertEquals("/000000/460000/460100/460105/3146000001/", citySchool.getPath());
            assertEquals(4, citySchool.getDepth());
        }

        @Test
        void aMoeUniversityMovingToAProvinceIsNoLongerMoeAffiliated() {
            Organisation university = Organisation.school("4146000001", "某部属大学", OrgKind.HEI, moe, "460100");
            assertTrue(university.isMoeAffiliated());

            university.moveTo(hainan);

            assertFalse(university.isMoeAffiliated());
            assertEquals(Tier.PROVINCE, university.getTier());
            assertEquals("/000000/460000/4146000001/", university.getPath());
            assertEquals(2, university.getDepth());
        }

        @Test
        void aCountyMovesToAnotherPrefecture() {
            xiuying.moveTo(sanya);

            assertSame(sanya, xiuying.getParent());
            assertEquals("/000000/460000/460200/460105/", xiuying.getPath());
            assertEquals(3, xiuying.getDepth());
            assertEquals(Tier.COUNTY, xiuying.getTier(), "an authority's tier is its kind's");
        }

        @Test
        void aCountyMovesStraightUnderItsProvince() {
            xiuying.moveTo(hainan);

            assertEquals("/000000/460000/460105/", xiuying.getPath());
            assertEquals(2, xiuying.getDepth());
            assertEquals(Tier.COUNTY, xiuying.getTier());
        }

        @Test
        void anAuthorityMovesOnlyWhereItsKindFits() {
            refused("org.move.authorityLevel", () -> haikou.moveTo(sanya));
            unmoved(haikou, hainan, "/000000/460000/460100/", Tier.PREFECTURE);
            refused("org.move.authorityLevel", () -> xiuying.moveTo(longhua));
            unmoved(xiuying, haikou, "/000000/460000/460100/460105/", Tier.COUNTY);
        }

        @Test
        void anAuthorityDoesNotMoveIntoItsOwnSubtree() {
            refused("org.move.intoOwnSubtree", () -> haikou.moveTo(xiuying));
            unmoved(haikou, hainan, "/000000/460000/460100/", Tier.PREFECTURE);
        }

        @Test
        void aProvinceHasNowhereToMove() {
            refused("org.move.targetNotAuthority", () -> hainan.moveTo(moe));
            refused("org.move.intoOwnSubtree", () -> hainan.moveTo(sanya));
        }

        @Test
        void aSchoolIsNoTarget() {
            refused("org.move.targetNotAuthority", () -> school.moveTo(other));
            unmoved(school, xiuying, "/000000/460000/460100/460105/2146000001/", Tier.COUNTY);
        }

        @Test
        void theMoeIsNoTarget() {
            refused("org.move.targetNotAuthority", () -> school.moveTo(moe));
            unmoved(school, xiuying, "/000000/460000/460100/460105/2146000001/", Tier.COUNTY);
        }

        @Test
        void aClosedAuthorityIsNoTarget() {
            longhua.close(DAY);
            refused("org.move.targetNotAuthority", () -> school.moveTo(longhua));
            unmoved(school, xiuying, "/000000/460000/460100/460105/2146000001/", Tier.COUNTY);
        }

        @Test
        void noTargetIsRefused() {
            refused("org.move.targetNotAuthority", () -> school.moveTo(null));
            unmoved(school, xiuying, "/000000/460000/460100/460105/2146000001/", Tier.COUNTY);
        }

        @Test
        void theSameParentIsRefused() {
            refused("org.move.sameParent", () -> school.moveTo(xiuying));
            unmoved(school, xiuying, "/000000/460000/460100/460105/2146000001/", Tier.COUNTY);
        }
    }
}

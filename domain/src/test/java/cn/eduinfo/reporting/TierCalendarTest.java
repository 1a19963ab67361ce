package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.at;
import static cn.eduinfo.reporting.Tree.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.Tier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 第十八条's windows in Beijing time, the MoE's extensions, and the deadlines a timer must run. */
class TierCalendarTest {

    private final TierCalendar calendar = TierCalendar.defaults();

    @ParameterizedTest(name = "{0} {1}: {2} – {3}")
    @CsvSource({
            "2026Q1, COUNTY,     2026-04-01T00:00, 2026-04-06T00:00",
            "2026Q1, PREFECTURE, 2026-04-06T00:00, 2026-04-11T00:00",
            "2026Q1, PROVINCE,   2026-04-11T00:00, 2026-04-16T00:00",
            "2026Q1, NATIONAL,   2026-04-16T00:00, 2026-04-21T00:00",
            "2026Q2, COUNTY,     2026-07-01T00:00, 2026-07-06T00:00",
            "2026Q2, PREFECTURE, 2026-07-06T00:00, 2026-07-11T00:00",
            "2026Q2, PROVINCE,   2026-07-11T00:00, 2026-07-16T00:00",
            "2026Q2, NATIONAL,   2026-07-16T00:00, 2026-07-21T00:00",
            "2026Q3, COUNTY,     2026-10-01T00:00, 2026-10-06T00:00",
            "2026Q3, PREFECTURE, 2026-10-06T00:00, 2026-10-11T00:00",
            "2026Q3, PROVINCE,   2026-10-11T00:00, 2026-10-16T00:00",
            "2026Q3, NATIONAL,   2026-10-16T00:00, 2026-10-21T00:00",
            "2026Q4, COUNTY,     2027-01-01T00:00, 2027-01-06T00:00",
            "2026Q4, PREFECTURE, 2027-01-06T00:00, 2027-01-11T00:00",
            "2026Q4, PROVINCE,   2027-01-11T00:00, 2027-01-16T00:00",
            "2026Q4, NATIONAL,   2027-01-16T00:00, 2027-01-21T00:00",
    })
    void defaultWindowsOpenAtMidnightOfTheFirstDayAndCloseAtMidnightAfterTheLast(String quarter, Tier tier, String start, String deadline) {
        Window w = calendar.window(Quarter.parse(quarter), tier);
        assertEquals(at(start), w.start());
        assertEquals(at(deadline), w.deadline());
        assertEquals(LocalDateTime.parse(start), w.startLocal().toLocalDateTime());
        assertEquals(at(deadline), calendar.deadline(Quarter.parse(quarter), tier));
    }

    @Test
    void theDaysAreBeijingDaysNotUtcDays() {
        Window county = calendar.window(new Quarter(2026, 3), Tier.COUNTY);
        assertEquals(Instant.parse("2026-09-30T16:00:00Z"), county.start());
        assertEquals(Instant.parse("2026-10-05T16:00:00Z"), county.deadline());
    }

    @Test
    void theWholeLastDayIsInsideTheWindowAndTheDeadlineItselfIsNot() {
        Window county = calendar.window(new Quarter(2026, 3), Tier.COUNTY);
        assertFalse(county.contains(at("2026-09-30T23:59:59")));
        assertTrue(county.contains(at("2026-10-01T00:00")));
        assertTrue(county.contains(at("2026-10-05T23:59:59")));
        assertFalse(county.contains(at("2026-10-06T00:00")));
        assertTrue(county.isClosedAt(at("2026-10-06T00:00")));
        assertFalse(county.isClosedAt(at("2026-10-05T23:59:59")));
        assertEquals("2026-10-06 00:00", Window.show(county.deadline()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-10-01T00:00, 2026Q3", "2026-10-20T12:00, 2026Q3", "2026-12-31T23:59, 2026Q3",
            "2027-01-01T00:00, 2026Q4", "2027-01-15T09:00, 2026Q4", "2026-04-10T09:00, 2026Q1"})
    void theReportableQuarterIsTheOneThatEndedLast(String beijingTime, String quarter) {
        assertEquals(Quarter.parse(quarter), calendar.reportableAt(at(beijingTime)));
    }

    @Test
    void fillingOpensWithTheQuarterAndSubmittingWhenItHasEnded() {
        Quarter q4 = new Quarter(2026, 4);
        assertEquals(at("2026-10-01T00:00"), calendar.fillingOpens(q4));
        assertEquals(at("2027-01-01T00:00"), calendar.submittingOpens(q4));
    }

    @Nested
    class TiersOfTheTreeShapes {

        private final Tree tree = new Tree();

        private Window windowOf(Organisation unit) {
            return calendar.window(Tree.Q, unit.getTier());
        }

        @Test
        void aMunicipalDistrictReportsInTheCountyWindowStraightToTheMunicipality() {
            // 北京 has no prefecture tier: 东城区 is COUNTY under the PROVINCE-tier commission (DOMAIN.md).
            assertEquals(Tier.COUNTY, tree.dongcheng.getTier());
            assertEquals(Tier.PROVINCE, tree.beijing.getTier());
            assertEquals(at("2026-10-06T00:00"), windowOf(tree.dongcheng).deadline());
            assertEquals(at("2026-10-11T00:00"), windowOf(tree.beijing).start());
        }

        @Test
        void aProvinceDirectCountyReportsInTheCountyWindow() {
            assertEquals(Tier.COUNTY, tree.wuzhishan.getTier());
            assertEquals(at("2026-10-01T00:00"), windowOf(tree.wuzhishan).start());
        }

        @Test
        void aMoeUniversityReportsInTheProvinceWindow() {
            assertEquals(Tier.PROVINCE, tree.pku.getTier());
            assertEquals(at("2026-10-16T00:00"), windowOf(tree.pku).deadline());
        }

        @Test
        void schoolsAndProvincialHeisTakeTheirSuperiorsWindow() {
            assertEquals(windowOf(tree.xiuying), windowOf(tree.school));
            assertEquals(windowOf(tree.xiuying), windowOf(tree.point));
            assertEquals(windowOf(tree.hainan), windowOf(tree.hainanHei));
        }
    }

    @Nested
    class Extensions {

        private final Quarter q = new Quarter(2026, 3);

        @Test
        void anExtensionPushesOnlyItsTiersDeadlineWhenTheHigherTiersStillCloseLater() {
            TierCalendar extended = calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-08T00:00")));
            assertEquals(at("2026-10-08T00:00"), extended.deadline(q, Tier.COUNTY));
            assertEquals(at("2026-10-01T00:00"), extended.window(q, Tier.COUNTY).start());
            assertEquals(at("2026-10-11T00:00"), extended.deadline(q, Tier.PREFECTURE));
            assertEquals(at("2026-10-06T00:00"), calendar.deadline(q, Tier.COUNTY), "the original calendar is unchanged");
            assertEquals(at("2027-01-06T00:00"), extended.deadline(q.next(), Tier.COUNTY), "other quarters keep their defaults");
        }

        @Test
        void aHigherTierNeverClosesBeforeALowerTiersExtendedDeadline() {
            TierCalendar extended = calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-13T00:00")));
            assertEquals(at("2026-10-13T00:00"), extended.deadline(q, Tier.PREFECTURE));
            assertEquals(at("2026-10-16T00:00"), extended.deadline(q, Tier.PROVINCE));
            TierCalendar far = calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-25T00:00")));
            for (Tier tier : Tier.values()) {
                assertEquals(at("2026-10-25T00:00"), far.deadline(q, tier), tier.name());
            }
        }

        @Test
        void aHigherTierMayBeExtendedAlone() {
            TierCalendar extended = calendar.with(new Extension(q, Tier.PROVINCE, at("2026-10-18T00:00")));
            assertEquals(at("2026-10-18T00:00"), extended.deadline(q, Tier.PROVINCE));
            assertEquals(at("2026-10-11T00:00"), extended.deadline(q, Tier.PREFECTURE));
            assertEquals(at("2026-10-21T00:00"), extended.deadline(q, Tier.NATIONAL));
        }

        @Test
        void anExtensionMustBeLaterThanTheCurrentDeadline() {
            refused("reporting.extension.notLater", () -> calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-06T00:00"))));
            refused("reporting.extension.notLater", () -> calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-04T00:00"))));
            TierCalendar once = calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-08T00:00")));
            refused("reporting.extension.notLater", () -> once.with(new Extension(q, Tier.COUNTY, at("2026-10-07T00:00"))));
            assertEquals(at("2026-10-09T00:00"), once.with(new Extension(q, Tier.COUNTY, at("2026-10-09T00:00"))).deadline(q, Tier.COUNTY));
        }

        @Test
        void anExtensionBelowACarriedDeadlineChangesNothingAndIsRefused() {
            TierCalendar county = calendar.with(new Extension(q, Tier.COUNTY, at("2026-10-13T00:00")));
            refused("reporting.extension.notLater", () -> county.with(new Extension(q, Tier.PREFECTURE, at("2026-10-12T00:00"))));
        }

        @Test
        void extensionsGivenAtConstructionAreCheckedInOrder() {
            TierCalendar c = new TierCalendar(TierWindows.defaults(), List.of(
                    new Extension(q, Tier.COUNTY, at("2026-10-07T00:00")), new Extension(q, Tier.COUNTY, at("2026-10-09T00:00"))));
            assertEquals(at("2026-10-09T00:00"), c.deadline(q, Tier.COUNTY));
            refused("reporting.extension.notLater", () -> new TierCalendar(TierWindows.defaults(), List.of(
                    new Extension(q, Tier.COUNTY, at("2026-10-09T00:00")), new Extension(q, Tier.COUNTY, at("2026-10-07T00:00")))));
        }
    }

    @Nested
    class DueDeadlines {

        private final Quarter q = new Quarter(2026, 3);

        @Test
        void aMonthHoldsTheFourDeadlinesBottomUp() {
            List<Deadline> due = calendar.dueBetween(at("2026-10-01T00:00"), at("2026-10-31T00:00"));
            assertEquals(List.of(
                    new Deadline(q, Tier.COUNTY, at("2026-10-06T00:00")), new Deadline(q, Tier.PREFECTURE, at("2026-10-11T00:00")),
                    new Deadline(q, Tier.PROVINCE, at("2026-10-16T00:00")), new Deadline(q, Tier.NATIONAL, at("2026-10-21T00:00"))), due);
        }

        @Test
        void fromIsExclusiveAndToInclusiveSoConsecutiveRunsNeverRepeatOrSkip() {
            assertEquals(List.of(new Deadline(q, Tier.COUNTY, at("2026-10-06T00:00"))),
                    calendar.dueBetween(at("2026-10-05T00:00"), at("2026-10-06T00:00")));
            assertEquals(List.of(), calendar.dueBetween(at("2026-10-06T00:00"), at("2026-10-10T00:00")));
            assertEquals(List.of(), calendar.dueBetween(at("2026-10-06T00:00"), at("2026-10-06T00:00")));
            assertEquals(List.of(), calendar.dueBetween(at("2026-10-10T00:00"), at("2026-10-06T00:00")));
        }

        @Test
        void catchingUpAcrossTheYearFindsTheFourthQuarterInJanuary() {
            List<Deadline> due = calendar.dueBetween(at("2026-12-20T00:00"), at("2027-01-12T08:00"));
            Quarter q4 = new Quarter(2026, 4);
            assertEquals(List.of(new Deadline(q4, Tier.COUNTY, at("2027-01-06T00:00")), new Deadline(q4, Tier.PREFECTURE, at("2027-01-11T00:00"))), due);
        }

        @Test
        void catchingUpAfterALongOutageFindsEveryQuarter() {
            List<Deadline> due = calendar.dueBetween(at("2026-01-01T00:00"), at("2027-01-01T00:00"));
            assertEquals(16, due.size(), "2025Q4 (Jan), 2026Q1 (Apr), 2026Q2 (Jul), 2026Q3 (Oct): four tiers each");
            assertEquals(new Deadline(new Quarter(2025, 4), Tier.COUNTY, at("2026-01-06T00:00")), due.get(0));
            assertEquals(new Deadline(new Quarter(2026, 3), Tier.NATIONAL, at("2026-10-21T00:00")), due.get(15));
        }

        @Test
        void anExtendedDeadlineIsDueWhenItComesNotBefore() {
            TierCalendar extended = calendar.with(new Extension(q, Tier.COUNTY, at("2026-11-03T00:00")));
            assertEquals(List.of(), extended.dueBetween(at("2026-10-05T00:00"), at("2026-10-06T00:00")));
            List<Deadline> november = extended.dueBetween(at("2026-11-01T00:00"), at("2026-11-30T00:00"));
            assertEquals(4, november.size(), "every tier follows the county's extension");
            assertEquals(List.of(Tier.COUNTY, Tier.PREFECTURE, Tier.PROVINCE, Tier.NATIONAL), november.stream().map(Deadline::tier).toList(),
                    "equal instants run bottom-up");
        }

        @Test
        void aStartBeforeTheFirstQuarterDoesNotFail() {
            List<Deadline> due = calendar.dueBetween(Instant.EPOCH, at("2000-05-01T00:00"));
            assertEquals(4, due.size());
            assertEquals(new Quarter(2000, 1), due.get(0).quarter());
        }
    }

    @Test
    void customWindowsMoveTheDays() {
        TierCalendar custom = new TierCalendar(TierWindows.parse("county=1-7,prefecture=8-12"), List.of());
        Quarter q = new Quarter(2026, 3);
        assertEquals(at("2026-10-08T00:00"), custom.deadline(q, Tier.COUNTY));
        assertEquals(at("2026-10-08T00:00"), custom.window(q, Tier.PREFECTURE).start());
        assertEquals(at("2026-10-13T00:00"), custom.deadline(q, Tier.PREFECTURE));
        assertEquals(at("2026-10-16T00:00"), custom.deadline(q, Tier.PROVINCE));
        assertNotSame(custom.windows(), TierWindows.defaults());
    }
}

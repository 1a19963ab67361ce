package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.CALENDAR;
import static cn.eduinfo.reporting.Tree.COUNTY_DAYS;
import static cn.eduinfo.reporting.Tree.COUNTY_DEADLINE;
import static cn.eduinfo.reporting.Tree.PREFECTURE_DAYS;
import static cn.eduinfo.reporting.Tree.admin;
import static cn.eduinfo.reporting.Tree.at;
import static cn.eduinfo.reporting.Tree.inspector;
import static cn.eduinfo.reporting.Tree.refused;
import static cn.eduinfo.reporting.Tree.reviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 第十七、十八条: schools submit to their superior; a unit's reviewer reports in its tier's window. */
class SendingUpTest {

    private static final Tree T = new Tree();

    @Test
    void aSchoolsAdministratorSubmitsOnceTheQuarterHasEnded() {
        Submission s = Tree.draft(T.school);
        refused("reporting.window.notOpen", () -> s.submit(admin(T.school), CALENDAR, at("2026-09-30T23:59:59")));
        s.submit(admin(T.school), CALENDAR, at("2026-10-01T00:00"));
        assertEquals(SubmissionState.SUBMITTED, s.getState());
        assertEquals(Completeness.REPORTED, s.completeness());
        assertEquals(at("2026-10-01T00:00"), s.getSentAt());
        assertFalse(s.isAutoReported());
        assertEquals(Action.SUBMIT, s.getTimeline().get(s.getTimeline().size() - 1).getAction());
    }

    @Test
    void aSchoolSubmitsUntilItsSuperiorsDeadline() {
        Submission county = Tree.draft(T.school);
        refused("reporting.window.closed", () -> county.submit(admin(T.school), CALENDAR, COUNTY_DEADLINE));
        county.submit(admin(T.school), CALENDAR, COUNTY_DEADLINE.minusSeconds(1));
        // A school directly under the province submits until the province's deadline.
        cn.eduinfo.org.Organisation direct = cn.eduinfo.org.Organisation.school("3446000001", "海南中学", cn.eduinfo.org.OrgKind.SCHOOL, T.hainan, "460100");
        Submission s = Tree.draft(direct);
        s.submit(admin(direct), CALENDAR, Tree.PROVINCE_DEADLINE.minusSeconds(1));
    }

    @Test
    void nothingIsSentBeforeTheUnitUpdatedOrConfirmed() {
        refused("reporting.send.noData", () -> Tree.fresh(T.school).submit(admin(T.school), CALENDAR, COUNTY_DAYS));
        refused("reporting.send.noData", () -> Tree.fresh(T.xiuying).report(reviewer(T.xiuying), CALENDAR, List.of(), COUNTY_DAYS));
    }

    @Test
    void unitsWithAReviewerReportAndUnitsWithoutSubmit() {
        refused("reporting.submit.hasReviewer", () -> Tree.draft(T.xiuying).submit(admin(T.xiuying), CALENDAR, COUNTY_DAYS));
        refused("reporting.submit.hasReviewer", () -> Tree.draft(T.hainanHei).submit(admin(T.hainanHei), CALENDAR, Tree.PROVINCE_DAYS));
        // A reviewer account of a school does not exist; the rule holds even if one were forged.
        refused("reporting.report.noReviewer", () -> Tree.draft(T.school).report(reviewer(T.school), CALENDAR, List.of(), COUNTY_DAYS));
    }

    static Stream<Arguments> othersThanTheSchoolsAdministrator() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("system", Actor.system(), "reporting.submit.notAdministrator"));
        Tree.platformStaff().forEach(a -> cases.add(Arguments.of(a.role().name(), a, "reporting.submit.notAdministrator")));
        cases.add(Arguments.of("superior's reviewer", reviewer(T.xiuying), "reporting.submit.notAdministrator"));
        cases.add(Arguments.of("superior's inspector", inspector(T.xiuying), "reporting.submit.notAdministrator"));
        cases.add(Arguments.of("superior's administrator", admin(T.xiuying), "reporting.notOwnUnit"));
        cases.add(Arguments.of("grand-superior's administrator", admin(T.haikou), "reporting.notOwnUnit"));
        cases.add(Arguments.of("sibling school's administrator", admin(T.point), "reporting.notOwnUnit"));
        cases.add(Arguments.of("other county's school administrator", admin(T.longhuaSchool), "reporting.notOwnUnit"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("othersThanTheSchoolsAdministrator")
    void onlyTheSchoolsAdministratorSubmits(String who, Actor actor, String key) {
        Submission s = Tree.draft(T.school);
        refused(key, () -> s.submit(actor, CALENDAR, COUNTY_DAYS));
        assertEquals(SubmissionState.DRAFT, s.getState());
    }

    static Stream<Arguments> othersThanTheCountysReviewer() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("own administrator", admin(T.xiuying), "reporting.report.notReviewer"));
        cases.add(Arguments.of("own inspector", inspector(T.xiuying), "reporting.report.notReviewer"));
        cases.add(Arguments.of("system", Actor.system(), "reporting.report.notReviewer"));
        Tree.platformStaff().forEach(a -> cases.add(Arguments.of(a.role().name(), a, "reporting.report.notReviewer")));
        cases.add(Arguments.of("superior's reviewer", reviewer(T.haikou), "reporting.notOwnUnit"));
        cases.add(Arguments.of("grand-superior's reviewer", reviewer(T.hainan), "reporting.notOwnUnit"));
        cases.add(Arguments.of("sibling's reviewer", reviewer(T.longhua), "reporting.notOwnUnit"));
        cases.add(Arguments.of("other subtree's reviewer", reviewer(T.wuzhishan), "reporting.notOwnUnit"));
        cases.add(Arguments.of("MoE reviewer", reviewer(T.moe), "reporting.notOwnUnit"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("othersThanTheCountysReviewer")
    void onlyTheUnitsOwnReviewerReports(String who, Actor actor, String key) {
        Submission s = Tree.draft(T.xiuying);
        refused(key, () -> s.report(actor, CALENDAR, List.of(), COUNTY_DAYS));
        assertEquals(SubmissionState.DRAFT, s.getState());
    }

    @Test
    void aCountyReportsInDaysOneToFive() {
        Submission s = Tree.draft(T.xiuying);
        refused("reporting.window.notOpen", () -> s.report(reviewer(T.xiuying), CALENDAR, List.of(), at("2026-09-30T23:59:59")));
        refused("reporting.window.closed", () -> s.report(reviewer(T.xiuying), CALENDAR, List.of(), COUNTY_DEADLINE));
        s.report(reviewer(T.xiuying), CALENDAR, List.of(), COUNTY_DEADLINE.minusSeconds(1));
        assertEquals(SubmissionState.REPORTED, s.getState());
        assertEquals(Completeness.REPORTED, s.completeness());
        refused("reporting.send.alreadySent", () -> s.report(reviewer(T.xiuying), CALENDAR, List.of(), COUNTY_DEADLINE.minusSeconds(1)));
    }

    @Test
    void aPrefectureReportsInDaysSixToTenNotEarlier() {
        Submission s = Tree.draft(T.haikou);
        refused("reporting.window.notOpen", () -> s.report(reviewer(T.haikou), CALENDAR, List.of(), COUNTY_DAYS));
        refused("reporting.window.closed", () -> s.report(reviewer(T.haikou), CALENDAR, List.of(), Tree.PREFECTURE_DEADLINE));
        s.report(reviewer(T.haikou), CALENDAR, List.of(), at("2026-10-06T00:00"));
        assertEquals(SubmissionState.REPORTED, s.getState());
    }

    @Test
    void provincesAndMoeUniversitiesReportInDaysElevenToFifteen() {
        for (cn.eduinfo.org.Organisation unit : List.of(T.hainan, T.pku, T.beijing, T.hainanHei)) {
            Submission s = Tree.draft(unit);
            refused("reporting.window.notOpen", () -> s.report(reviewer(unit), CALENDAR, List.of(), PREFECTURE_DAYS));
            s.report(reviewer(unit), CALENDAR, List.of(), Tree.PROVINCE_DAYS);
            assertEquals(SubmissionState.REPORTED, s.getState(), unit.getName());
        }
    }

    @Test
    void aMunicipalDistrictReportsInTheCountyWindow() {
        Submission s = Tree.draft(T.dongcheng);
        s.report(reviewer(T.dongcheng), CALENDAR, List.of(), COUNTY_DAYS);
        refused("reporting.window.closed", () -> Tree.draft(T.dongcheng).report(reviewer(T.dongcheng), CALENDAR, List.of(), PREFECTURE_DAYS));
    }

    @Test
    void theMoeClosesTheQuarterInItsOwnWindow() {
        Submission s = Tree.draft(T.moe);
        refused("reporting.window.notOpen", () -> s.report(reviewer(T.moe), CALENDAR, List.of(), Tree.PROVINCE_DAYS));
        s.report(reviewer(T.moe), CALENDAR, List.of(), Tree.NATIONAL_DAYS);
        assertEquals(SubmissionState.REPORTED, s.getState());
    }

    @Test
    void theReportCarriesTheSchoolsThatAreInAndWarnsOfThoseThatAreNot() {
        cn.eduinfo.org.Organisation third = cn.eduinfo.org.Organisation.school("2146000004", "秀英区第三小学", cn.eduinfo.org.OrgKind.SCHOOL, T.xiuying, "460105");
        cn.eduinfo.org.Organisation fourth = cn.eduinfo.org.Organisation.school("2146000005", "秀英区第四小学", cn.eduinfo.org.OrgKind.SCHOOL, T.xiuying, "460105");
        cn.eduinfo.org.Organisation fifth = cn.eduinfo.org.Organisation.school("2146000006", "秀英区第五小学", cn.eduinfo.org.OrgKind.SCHOOL, T.xiuying, "460105");
        Submission submitted = Tree.sent(T.school);
        Submission accepted = Tree.accepted(T.point, T.xiuying);
        Submission draft = Tree.draft(third);
        Submission returned = Tree.returned(fourth, T.xiuying);
        Submission notStarted = Tree.fresh(fifth);
        List<Submission> subordinates = List.of(submitted, accepted, draft, returned, notStarted);

        Submission county = Tree.draft(T.xiuying);
        assertEquals(List.of(draft, returned, notStarted), county.pendingSubordinates(subordinates));
        List<Submission> included = county.report(reviewer(T.xiuying), CALENDAR, subordinates, COUNTY_DAYS.plusSeconds(9000));
        assertEquals(List.of(submitted, accepted), included);
        assertEquals(SubmissionState.REPORTED, county.getState());
        assertEquals(SubmissionState.DRAFT, draft.getState(), "a report does not touch its subordinates");
    }

    @Test
    void aPrefectureIsWarnedOfCountiesNotInButDoesNotCarryThem() {
        Submission haikou = Tree.draft(T.haikou);
        Submission reported = Tree.sent(T.xiuying);
        Submission missing = Tree.fresh(T.longhua);
        assertEquals(List.of(missing), haikou.pendingSubordinates(List.of(reported, missing)));
        assertEquals(List.of(), haikou.report(reviewer(T.haikou), CALENDAR, List.of(reported, missing), PREFECTURE_DAYS));
    }

    @Test
    void subordinatesMustBeDirectAndOfTheSameQuarter() {
        Submission county = Tree.draft(T.haikou);
        assertThrows(IllegalArgumentException.class, () -> county.pendingSubordinates(List.of(Tree.fresh(T.school))));
        assertThrows(IllegalArgumentException.class, () -> county.pendingSubordinates(List.of(Tree.fresh(T.wuzhishan))));
        assertThrows(IllegalArgumentException.class, () -> county.pendingSubordinates(List.of(Submission.open(Tree.Q.next(), T.xiuying))));
        assertThrows(IllegalArgumentException.class, () -> county.report(reviewer(T.haikou), CALENDAR, List.of(Tree.fresh(T.school)), PREFECTURE_DAYS));
        assertEquals(SubmissionState.DRAFT, county.getState());
    }
}

package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.CALENDAR;
import static cn.eduinfo.reporting.Tree.COUNTY_DAYS;
import static cn.eduinfo.reporting.Tree.PREFECTURE_DAYS;
import static cn.eduinfo.reporting.Tree.PREFECTURE_DEADLINE;
import static cn.eduinfo.reporting.Tree.admin;
import static cn.eduinfo.reporting.Tree.at;
import static cn.eduinfo.reporting.Tree.inspector;
import static cn.eduinfo.reporting.Tree.refused;
import static cn.eduinfo.reporting.Tree.reviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 第十七、二十条: the direct superior's reviewer accepts or returns each subordinate. */
class ReviewTest {

    private static final Tree T = new Tree();
    private static final Instant LIMIT = at("2026-10-09T18:00");

    private static void returnCounty(Submission county, Actor actor, Submission superior, Instant now) {
        county.returnForCorrection(actor, superior, CALENDAR, "学校数不符", LIMIT, now);
    }

    @Test
    void theDirectSuperiorsReviewerAcceptsASubmittedSchoolAndAReportedCounty() {
        Submission school = Tree.sent(T.school);
        school.accept(reviewer(T.xiuying), COUNTY_DAYS);
        assertEquals(SubmissionState.ACCEPTED, school.getState());
        assertEquals(Completeness.REPORTED, school.completeness());
        Submission county = Tree.sent(T.xiuying);
        county.accept(reviewer(T.haikou), PREFECTURE_DAYS);
        assertEquals(SubmissionState.ACCEPTED, county.getState());
        assertEquals(Action.ACCEPT, county.getTimeline().get(county.getTimeline().size() - 1).getAction());
        refused("reporting.review.alreadyAccepted", () -> county.accept(reviewer(T.haikou), PREFECTURE_DAYS));
    }

    @Test
    void exactlyTheStatesAwaitingReviewAreThoseAReviewerMayAccept() {
        assertEquals(List.of(SubmissionState.SUBMITTED, SubmissionState.REPORTED, SubmissionState.AUTO_REPORTED),
                Stream.of(SubmissionState.values()).filter(SubmissionState::awaitsReview).toList());
        Submission school = Tree.sent(T.school);
        assertEquals(true, school.getState().awaitsReview());
        school.accept(reviewer(T.xiuying), COUNTY_DAYS);
        assertEquals(false, school.getState().awaitsReview(), "accepted: nothing more to review");
    }

    @Test
    void anAutoReportedUnitMayBeAcceptedAndStaysMarkedAutoReported() {
        Submission county = Tree.autoReported(T.xiuying);
        county.accept(reviewer(T.haikou), PREFECTURE_DAYS);
        assertEquals(Completeness.AUTO_REPORTED, county.completeness());
    }

    @Test
    void theMoeReviewsProvincesAndItsUniversities() {
        Submission pku = Tree.sent(T.pku);
        pku.accept(reviewer(T.moe), Tree.NATIONAL_DAYS);
        Submission hainan = Tree.sent(T.hainan);
        hainan.returnForCorrection(reviewer(T.moe), Tree.fresh(T.moe), CALENDAR, "请核对", at("2026-10-19T00:00"), Tree.NATIONAL_DAYS);
        assertEquals(SubmissionState.RETURNED, hainan.getState());
        refused("reporting.notDirectSuperior", () -> Tree.sent(T.xiuying).accept(reviewer(T.moe), Tree.NATIONAL_DAYS));
    }

    static Stream<Arguments> othersThanTheDirectSuperiorsReviewer() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("superior's administrator", admin(T.haikou), "reporting.review.notReviewer"));
        cases.add(Arguments.of("superior's inspector", inspector(T.haikou), "reporting.review.notReviewer"));
        cases.add(Arguments.of("system", Actor.system(), "reporting.review.notReviewer"));
        Tree.platformStaff().forEach(a -> cases.add(Arguments.of(a.role().name(), a, "reporting.review.notReviewer")));
        cases.add(Arguments.of("own reviewer", reviewer(T.xiuying), "reporting.notDirectSuperior"));
        cases.add(Arguments.of("grand-superior's reviewer", reviewer(T.hainan), "reporting.notDirectSuperior"));
        cases.add(Arguments.of("MoE reviewer", reviewer(T.moe), "reporting.notDirectSuperior"));
        cases.add(Arguments.of("sibling's reviewer", reviewer(T.longhua), "reporting.notDirectSuperior"));
        cases.add(Arguments.of("other prefecture's reviewer", reviewer(T.sanya), "reporting.notDirectSuperior"));
        cases.add(Arguments.of("other subtree's reviewer", reviewer(T.wuzhishan), "reporting.notDirectSuperior"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("othersThanTheDirectSuperiorsReviewer")
    void onlyTheDirectSuperiorsReviewerAcceptsOrReturns(String who, Actor actor, String key) {
        Submission county = Tree.sent(T.xiuying);
        refused(key, () -> county.accept(actor, PREFECTURE_DAYS));
        refused(key, () -> returnCounty(county, actor, Tree.fresh(T.haikou), PREFECTURE_DAYS));
        assertEquals(SubmissionState.REPORTED, county.getState());
    }

    @Test
    void aSchoolIsReviewedByItsCountyNotByThePrefecture() {
        Submission school = Tree.sent(T.school);
        refused("reporting.notDirectSuperior", () -> school.accept(reviewer(T.haikou), COUNTY_DAYS));
        refused("reporting.notDirectSuperior", () -> school.accept(reviewer(T.longhua), COUNTY_DAYS));
        school.returnForCorrection(reviewer(T.xiuying), Tree.fresh(T.xiuying), CALENDAR, "缺少教师数", at("2026-10-04T12:00"), COUNTY_DAYS);
        assertEquals(SubmissionState.RETURNED, school.getState());
    }

    static Stream<Arguments> notSentYet() {
        return Stream.of(Arguments.of(Tree.fresh(T.xiuying)), Arguments.of(Tree.draft(T.xiuying)), Arguments.of(Tree.returned(T.xiuying, T.haikou)));
    }

    @ParameterizedTest
    @MethodSource("notSentYet")
    void thereIsNothingToReviewUntilTheDataIsSent(Submission county) {
        refused("reporting.review.notSent", () -> county.accept(reviewer(T.haikou), COUNTY_DAYS));
        refused("reporting.review.notSent", () -> returnCounty(county, reviewer(T.haikou), Tree.fresh(T.haikou), COUNTY_DAYS));
    }

    @Test
    void aPendingWithdrawalRequestIsDecidedFirst() {
        Submission county = Tree.withdrawalRequested(T.xiuying);
        refused("reporting.review.withdrawalPending", () -> county.accept(reviewer(T.haikou), COUNTY_DAYS));
        refused("reporting.review.withdrawalPending", () -> returnCounty(county, reviewer(T.haikou), Tree.fresh(T.haikou), COUNTY_DAYS));
    }

    @Test
    void aReturnCarriesItsReasonAndTimeLimit() {
        Submission county = Tree.accepted(T.xiuying, T.haikou);
        county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, "  学校数不符  ", LIMIT, PREFECTURE_DAYS);
        assertEquals(SubmissionState.RETURNED, county.getState());
        assertEquals("学校数不符", county.getReturnReason());
        assertEquals(LIMIT, county.getReturnLimit());
        assertEquals(LIMIT, county.closesAt(CALENDAR));
        Transition t = county.getTimeline().get(county.getTimeline().size() - 1);
        assertEquals(Action.RETURN, t.getAction());
        assertEquals(SubmissionState.ACCEPTED, t.getFrom());
        assertEquals("学校数不符", t.getReason());
        assertEquals(cn.eduinfo.account.Role.REVIEWER, t.getActorRole());
    }

    @Test
    void aReturnedCountyCorrectsAndReportsAgainWithinItsLimitEvenAfterTheWindow() {
        Submission county = Tree.sent(T.xiuying);
        returnCounty(county, reviewer(T.haikou), Tree.fresh(T.haikou), PREFECTURE_DAYS);
        county.recordUpdate(admin(T.xiuying), CALENDAR, PREFECTURE_DAYS.plusSeconds(60));
        refused("reporting.returnLimit.passed", () -> county.report(reviewer(T.xiuying), CALENDAR, List.of(), LIMIT));
        county.report(reviewer(T.xiuying), CALENDAR, List.of(), LIMIT.minusSeconds(1));
        assertEquals(SubmissionState.REPORTED, county.getState());
        assertEquals(null, county.getReturnLimit());
        assertEquals(Completeness.REPORTED, county.completeness());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aReturnNeedsAReason(String reason) {
        Submission county = Tree.sent(T.xiuying);
        refused("reporting.reason.required",
                () -> county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, reason, LIMIT, PREFECTURE_DAYS));
        assertEquals(SubmissionState.REPORTED, county.getState());
    }

    @Test
    void aReasonHasAtMostFiveHundredCharacters() {
        Submission county = Tree.sent(T.xiuying);
        refused("reporting.reason.tooLong", () -> county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR,
                "错".repeat(501), LIMIT, PREFECTURE_DAYS));
        county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, "错".repeat(500), LIMIT, PREFECTURE_DAYS);
    }

    @Test
    void theTimeLimitLiesInTheFutureAndNotAfterTheSuperiorsOwnDeadline() {
        Submission county = Tree.sent(T.xiuying);
        Submission haikou = Tree.fresh(T.haikou);
        Actor r = reviewer(T.haikou);
        refused("reporting.returnLimit.notFuture", () -> county.returnForCorrection(r, haikou, CALENDAR, "x", null, PREFECTURE_DAYS));
        refused("reporting.returnLimit.notFuture", () -> county.returnForCorrection(r, haikou, CALENDAR, "x", PREFECTURE_DAYS, PREFECTURE_DAYS));
        refused("reporting.returnLimit.notFuture", () -> county.returnForCorrection(r, haikou, CALENDAR, "x", PREFECTURE_DAYS.minusSeconds(1), PREFECTURE_DAYS));
        refused("reporting.returnLimit.afterSuperiorClose",
                () -> county.returnForCorrection(r, haikou, CALENDAR, "x", PREFECTURE_DEADLINE.plusSeconds(1), PREFECTURE_DAYS));
        county.returnForCorrection(r, haikou, CALENDAR, "x", PREFECTURE_DEADLINE, PREFECTURE_DAYS);
        assertEquals(PREFECTURE_DEADLINE, county.getReturnLimit());
    }

    static Stream<Arguments> superiorsThatHaveReported() {
        return Stream.of(Arguments.of("reported", Tree.sent(T.haikou)), Arguments.of("accepted", Tree.accepted(T.haikou, T.hainan)),
                Arguments.of("auto-reported", Tree.autoReported(T.haikou)), Arguments.of("withdrawal requested", Tree.withdrawalRequested(T.haikou)));
    }

    @ParameterizedTest(name = "superior {0}")
    @MethodSource("superiorsThatHaveReported")
    void aSuperiorThatHasReportedCannotReturnUntilItsOwnReportIsReturned(String label, Submission haikou) {
        Submission county = Tree.sent(T.xiuying);
        refused("reporting.return.superiorReported", () -> returnCounty(county, reviewer(T.haikou), haikou, PREFECTURE_DAYS));
        assertEquals(SubmissionState.REPORTED, county.getState());
        // Accepting changes no data: still possible.
        county.accept(reviewer(T.haikou), PREFECTURE_DAYS);
    }

    @Test
    void onceItsOwnReportIsReturnedTheSuperiorReturnsWithinItsOwnTimeLimit() {
        Submission haikou = Tree.sent(T.haikou);
        Instant haikouLimit = at("2026-10-14T12:00");
        haikou.returnForCorrection(reviewer(T.hainan), Tree.fresh(T.hainan), CALENDAR, "请核对区县数据", haikouLimit, Tree.PROVINCE_DAYS);
        Submission county = Tree.sent(T.xiuying);
        Instant now = Tree.PROVINCE_DAYS.plusSeconds(600);
        refused("reporting.returnLimit.afterSuperiorClose",
                () -> county.returnForCorrection(reviewer(T.haikou), haikou, CALENDAR, "x", haikouLimit.plusSeconds(1), now));
        county.returnForCorrection(reviewer(T.haikou), haikou, CALENDAR, "学校数不符", haikouLimit, now);
        assertEquals(SubmissionState.RETURNED, county.getState());
        refused("reporting.return.superiorClosed",
                () -> Tree.sent(T.longhua).returnForCorrection(reviewer(T.haikou), haikou, CALENDAR, "x", haikouLimit.plusSeconds(60), haikouLimit));
    }

    @Test
    void aSuperiorPastItsDeadlineCannotReturnEvenBeforeTheTimerRan() {
        Submission county = Tree.sent(T.xiuying);
        refused("reporting.return.superiorClosed",
                () -> county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, "x", at("2026-10-12T00:00"), PREFECTURE_DEADLINE));
    }

    @Test
    void theSuperiorPassedInMustBeTheDirectSuperiorForTheSameQuarter() {
        Submission county = Tree.sent(T.xiuying);
        assertThrows(IllegalArgumentException.class, () -> returnCounty(county, reviewer(T.haikou), Tree.fresh(T.hainan), PREFECTURE_DAYS));
        assertThrows(IllegalArgumentException.class, () -> returnCounty(county, reviewer(T.haikou), Submission.open(Tree.Q.previous(), T.haikou), PREFECTURE_DAYS));
    }
}

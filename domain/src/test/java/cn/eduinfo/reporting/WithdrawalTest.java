package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.CALENDAR;
import static cn.eduinfo.reporting.Tree.COUNTY_DAYS;
import static cn.eduinfo.reporting.Tree.NATIONAL_DEADLINE;
import static cn.eduinfo.reporting.Tree.PREFECTURE_DAYS;
import static cn.eduinfo.reporting.Tree.admin;
import static cn.eduinfo.reporting.Tree.at;
import static cn.eduinfo.reporting.Tree.inspector;
import static cn.eduinfo.reporting.Tree.refused;
import static cn.eduinfo.reporting.Tree.reviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 第十九条: reported data is locked; the unit asks, the superior approves (and returns) or refuses. */
class WithdrawalTest {

    private static final Tree T = new Tree();
    private static final Instant LIMIT = at("2026-10-10T12:00");

    @Test
    void theWholeRoundTripRequestApproveEditReportAgain() {
        Submission county = Tree.sent(T.xiuying);
        county.requestWithdrawal(reviewer(T.xiuying), CALENDAR, "  学生数填错  ", PREFECTURE_DAYS);
        assertEquals(SubmissionState.WITHDRAWAL_REQUESTED, county.getState());
        assertEquals("学生数填错", county.getWithdrawalReason());
        assertEquals(Completeness.REPORTED, county.completeness(), "still reported while the request waits");

        county.approveWithdrawal(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, LIMIT, PREFECTURE_DAYS.plusSeconds(60));
        assertEquals(SubmissionState.RETURNED, county.getState());
        assertEquals(LIMIT, county.getReturnLimit());
        assertEquals("学生数填错", county.getReturnReason());
        assertNull(county.getWithdrawalReason());
        Transition approval = county.getTimeline().get(county.getTimeline().size() - 1);
        assertEquals(Action.APPROVE_WITHDRAWAL, approval.getAction());
        assertEquals(SubmissionState.WITHDRAWAL_REQUESTED, approval.getFrom());
        assertEquals(SubmissionState.RETURNED, approval.getTo());

        county.recordUpdate(admin(T.xiuying), CALENDAR, PREFECTURE_DAYS.plusSeconds(120));
        county.report(reviewer(T.xiuying), CALENDAR, List.of(), PREFECTURE_DAYS.plusSeconds(180));
        assertEquals(SubmissionState.REPORTED, county.getState());
        // The correction itself changes neither state nor data status: the form module's history holds it.
        assertEquals(List.of(Action.UPDATE, Action.REPORT, Action.REQUEST_WITHDRAWAL, Action.APPROVE_WITHDRAWAL, Action.REPORT),
                county.getTimeline().stream().map(Transition::getAction).toList());
    }

    @Test
    void aSchoolsAdministratorAsksForItsSubmittedData() {
        Submission school = Tree.sent(T.school);
        school.requestWithdrawal(admin(T.school), CALENDAR, "漏填", COUNTY_DAYS);
        school.approveWithdrawal(reviewer(T.xiuying), Tree.fresh(T.xiuying), CALENDAR, at("2026-10-04T00:00"), COUNTY_DAYS);
        assertEquals(SubmissionState.RETURNED, school.getState());
        school.submit(admin(T.school), CALENDAR, at("2026-10-03T18:00"));
        assertEquals(SubmissionState.SUBMITTED, school.getState());
    }

    @Test
    void bothTheReviewerAndTheAdministratorOfTheUnitMayAsk() {
        Tree.sent(T.xiuying).requestWithdrawal(admin(T.xiuying), CALENDAR, "x", PREFECTURE_DAYS);
        Tree.sent(T.xiuying).requestWithdrawal(reviewer(T.xiuying), CALENDAR, "x", PREFECTURE_DAYS);
        Tree.autoReported(T.xiuying).requestWithdrawal(reviewer(T.xiuying), CALENDAR, "x", PREFECTURE_DAYS);
        Tree.accepted(T.xiuying, T.haikou).requestWithdrawal(admin(T.xiuying), CALENDAR, "x", PREFECTURE_DAYS);
    }

    static Stream<Arguments> othersThanTheUnit() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("own inspector", inspector(T.xiuying), "reporting.withdraw.notAllowedRole"));
        cases.add(Arguments.of("system", Actor.system(), "reporting.withdraw.notAllowedRole"));
        Tree.platformStaff().forEach(a -> cases.add(Arguments.of(a.role().name(), a, "reporting.withdraw.notAllowedRole")));
        cases.add(Arguments.of("superior's reviewer", reviewer(T.haikou), "reporting.notOwnUnit"));
        cases.add(Arguments.of("superior's administrator", admin(T.haikou), "reporting.notOwnUnit"));
        cases.add(Arguments.of("grand-superior's reviewer", reviewer(T.hainan), "reporting.notOwnUnit"));
        cases.add(Arguments.of("sibling's reviewer", reviewer(T.longhua), "reporting.notOwnUnit"));
        cases.add(Arguments.of("other subtree's administrator", admin(T.wuzhishan), "reporting.notOwnUnit"));
        cases.add(Arguments.of("subordinate school's administrator", admin(T.school), "reporting.notOwnUnit"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("othersThanTheUnit")
    void onlyTheUnitItselfAsks(String who, Actor actor, String key) {
        Submission county = Tree.sent(T.xiuying);
        refused(key, () -> county.requestWithdrawal(actor, CALENDAR, "x", PREFECTURE_DAYS));
        assertEquals(SubmissionState.REPORTED, county.getState());
    }

    @Test
    void onlySentDataCanBeWithdrawnAndOnlyOnce() {
        refused("reporting.withdraw.notSent", () -> Tree.fresh(T.xiuying).requestWithdrawal(admin(T.xiuying), CALENDAR, "x", COUNTY_DAYS));
        refused("reporting.withdraw.notSent", () -> Tree.draft(T.xiuying).requestWithdrawal(admin(T.xiuying), CALENDAR, "x", COUNTY_DAYS));
        refused("reporting.withdraw.notSent", () -> Tree.returned(T.xiuying, T.haikou).requestWithdrawal(admin(T.xiuying), CALENDAR, "x", COUNTY_DAYS));
        Submission requested = Tree.withdrawalRequested(T.xiuying);
        refused("reporting.withdraw.alreadyRequested", () -> requested.requestWithdrawal(admin(T.xiuying), CALENDAR, "x", COUNTY_DAYS));
    }

    @Test
    void aRequestNeedsAReason() {
        Submission county = Tree.sent(T.xiuying);
        refused("reporting.reason.required", () -> county.requestWithdrawal(admin(T.xiuying), CALENDAR, " ", PREFECTURE_DAYS));
        refused("reporting.reason.required", () -> county.requestWithdrawal(admin(T.xiuying), CALENDAR, null, PREFECTURE_DAYS));
    }

    @Test
    void noRequestsOnceTheMoeHasClosedTheQuarter() {
        Submission hainan = Tree.sent(T.hainan);
        hainan.requestWithdrawal(reviewer(T.hainan), CALENDAR, "x", NATIONAL_DEADLINE.minusSeconds(1));
        refused("reporting.withdraw.quarterClosed", () -> Tree.sent(T.hainan).requestWithdrawal(reviewer(T.hainan), CALENDAR, "x", NATIONAL_DEADLINE));
        refused("reporting.withdraw.noSuperior", () -> Tree.sent(T.moe).requestWithdrawal(reviewer(T.moe), CALENDAR, "x", Tree.NATIONAL_DAYS));
    }

    static Stream<Arguments> sentStates() {
        return Stream.of(
                Arguments.of("reported", Tree.sent(T.xiuying), SubmissionState.REPORTED, Completeness.REPORTED),
                Arguments.of("accepted", Tree.accepted(T.xiuying, T.haikou), SubmissionState.ACCEPTED, Completeness.REPORTED),
                Arguments.of("auto-reported", Tree.autoReported(T.xiuying), SubmissionState.AUTO_REPORTED, Completeness.AUTO_REPORTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentStates")
    void aRefusalPutsTheDataBackAsItWasSent(String label, Submission county, SubmissionState before, Completeness completeness) {
        county.requestWithdrawal(admin(T.xiuying), CALENDAR, "想改", PREFECTURE_DAYS);
        refused("reporting.reason.required", () -> county.refuseWithdrawal(reviewer(T.haikou), "", PREFECTURE_DAYS));
        county.refuseWithdrawal(reviewer(T.haikou), "数据无误", PREFECTURE_DAYS.plusSeconds(60));
        assertEquals(before, county.getState());
        assertEquals(completeness, county.completeness());
        assertNull(county.getWithdrawalReason());
        Transition t = county.getTimeline().get(county.getTimeline().size() - 1);
        assertEquals(Action.REFUSE_WITHDRAWAL, t.getAction());
        assertEquals("数据无误", t.getReason());
    }

    @Test
    void aSubmittedSchoolRefusedStaysSubmitted() {
        Submission school = Tree.withdrawalRequested(T.school);
        school.refuseWithdrawal(reviewer(T.xiuying), "不予撤报", COUNTY_DAYS);
        assertEquals(SubmissionState.SUBMITTED, school.getState());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.eduinfo.reporting.ReviewTest#othersThanTheDirectSuperiorsReviewer")
    void onlyTheDirectSuperiorsReviewerDecides(String who, Actor actor, String key) {
        Submission county = Tree.withdrawalRequested(T.xiuying);
        refused(key, () -> county.approveWithdrawal(actor, Tree.fresh(T.haikou), CALENDAR, LIMIT, PREFECTURE_DAYS));
        refused(key, () -> county.refuseWithdrawal(actor, "x", PREFECTURE_DAYS));
        assertEquals(SubmissionState.WITHDRAWAL_REQUESTED, county.getState());
    }

    @Test
    void thereMustBeARequestToDecide() {
        Submission county = Tree.sent(T.xiuying);
        refused("reporting.withdraw.noRequest", () -> county.approveWithdrawal(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, LIMIT, PREFECTURE_DAYS));
        refused("reporting.withdraw.noRequest", () -> county.refuseWithdrawal(reviewer(T.haikou), "x", PREFECTURE_DAYS));
    }

    @Test
    void aSuperiorThatHasReportedCannotApproveAndIsToldWhy() {
        Submission county = Tree.withdrawalRequested(T.xiuying);
        Submission haikou = Tree.sent(T.haikou);
        refused("reporting.return.superiorReported", () -> county.approveWithdrawal(reviewer(T.haikou), haikou, CALENDAR, LIMIT, PREFECTURE_DAYS));
        // It may still refuse, and it may ask its own superior to take its report back.
        haikou.requestWithdrawal(reviewer(T.haikou), CALENDAR, "区县要改数据", PREFECTURE_DAYS);
        haikou.approveWithdrawal(reviewer(T.hainan), Tree.fresh(T.hainan), CALENDAR, at("2026-10-12T00:00"), PREFECTURE_DAYS);
        county.approveWithdrawal(reviewer(T.haikou), haikou, CALENDAR, LIMIT, PREFECTURE_DAYS.plusSeconds(60));
        assertEquals(SubmissionState.RETURNED, county.getState());
    }

    @Test
    void anApprovalNeedsAValidTimeLimit() {
        Submission county = Tree.withdrawalRequested(T.xiuying);
        refused("reporting.returnLimit.notFuture", () -> county.approveWithdrawal(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, null, PREFECTURE_DAYS));
        refused("reporting.returnLimit.afterSuperiorClose",
                () -> county.approveWithdrawal(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, Tree.PROVINCE_DAYS, PREFECTURE_DAYS));
        assertTrue(county.getState() == SubmissionState.WITHDRAWAL_REQUESTED);
    }
}

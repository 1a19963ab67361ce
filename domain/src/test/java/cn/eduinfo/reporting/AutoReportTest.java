package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.CALENDAR;
import static cn.eduinfo.reporting.Tree.COUNTY_DAYS;
import static cn.eduinfo.reporting.Tree.COUNTY_DEADLINE;
import static cn.eduinfo.reporting.Tree.PREFECTURE_DAYS;
import static cn.eduinfo.reporting.Tree.admin;
import static cn.eduinfo.reporting.Tree.at;
import static cn.eduinfo.reporting.Tree.refused;
import static cn.eduinfo.reporting.Tree.reviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.account.Role;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 第十八条: at the deadline the system reports what stands; the same for a lapsed return; idempotent. */
class AutoReportTest {

    private static final Tree T = new Tree();
    private static final Actor SYSTEM = Actor.system();

    static Stream<Arguments> unsentAtTheDeadline() {
        return Stream.of(Arguments.of("not started county", Tree.fresh(T.xiuying)), Arguments.of("draft county", Tree.draft(T.xiuying)),
                Arguments.of("not started school", Tree.fresh(T.school)), Arguments.of("draft teaching point", Tree.draft(T.point)),
                Arguments.of("municipal district", Tree.fresh(T.dongcheng)), Arguments.of("province-direct county", Tree.fresh(T.wuzhishan)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsentAtTheDeadline")
    void whatIsNotSentAtTheCountyDeadlineIsReportedAsItStands(String label, Submission s) {
        DataStatus data = s.getDataStatus();
        assertTrue(s.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE));
        assertEquals(SubmissionState.AUTO_REPORTED, s.getState());
        assertTrue(s.isAutoReported());
        assertEquals(Completeness.AUTO_REPORTED, s.completeness());
        assertEquals(COUNTY_DEADLINE, s.getSentAt());
        assertEquals(data, s.getDataStatus(), "the data is reported as it stands");
        Transition t = s.getTimeline().get(s.getTimeline().size() - 1);
        assertEquals(Action.AUTO_REPORT, t.getAction());
        assertEquals(Actor.SYSTEM_NAME, t.getActor());
        assertNull(t.getActorRole());
    }

    @Test
    void runningTwiceIsANoOp() {
        Submission s = Tree.draft(T.xiuying);
        assertTrue(s.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE));
        int entries = s.getTimeline().size();
        assertFalse(s.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE));
        assertFalse(s.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE.plusSeconds(3600)));
        assertEquals(entries, s.getTimeline().size());
        assertEquals(COUNTY_DEADLINE, s.getSentAt());
    }

    static Stream<Arguments> alreadySent() {
        return Stream.of(Arguments.of("submitted", Tree.sent(T.school)), Arguments.of("reported", Tree.sent(T.xiuying)),
                Arguments.of("accepted", Tree.accepted(T.xiuying, T.haikou)), Arguments.of("withdrawal requested", Tree.withdrawalRequested(T.xiuying)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alreadySent")
    void sentDataIsLeftAlone(String label, Submission s) {
        SubmissionState before = s.getState();
        int entries = s.getTimeline().size();
        assertFalse(s.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE));
        assertEquals(before, s.getState());
        assertFalse(s.isAutoReported());
        assertEquals(entries, s.getTimeline().size());
    }

    @Test
    void notBeforeTheUnitsOwnDeadline() {
        refused("reporting.autoReport.beforeDeadline", () -> Tree.fresh(T.xiuying).autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE.minusSeconds(1)));
        refused("reporting.autoReport.beforeDeadline", () -> Tree.fresh(T.haikou).autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE));
        refused("reporting.autoReport.beforeDeadline", () -> Tree.fresh(T.pku).autoReport(SYSTEM, CALENDAR, Tree.PREFECTURE_DEADLINE));
        assertTrue(Tree.fresh(T.pku).autoReport(SYSTEM, CALENDAR, Tree.PROVINCE_DEADLINE));
        assertTrue(Tree.fresh(T.moe).autoReport(SYSTEM, CALENDAR, Tree.NATIONAL_DEADLINE));
    }

    @Test
    void anExtensionPostponesTheAutoReport() {
        TierCalendar extended = CALENDAR.with(new Extension(Tree.Q, Tier.COUNTY, at("2026-10-08T00:00")));
        Submission s = Tree.fresh(T.school);
        refused("reporting.autoReport.beforeDeadline", () -> s.autoReport(SYSTEM, extended, COUNTY_DEADLINE));
        assertTrue(s.autoReport(SYSTEM, extended, at("2026-10-08T00:00")));
    }

    static Stream<Arguments> everyoneButTheSystem() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : List.of(Role.ADMINISTRATOR, Role.REVIEWER, Role.INSPECTOR)) {
            cases.add(Arguments.of("own " + role, Tree.actor(role, T.xiuying)));
            cases.add(Arguments.of("superior's " + role, Tree.actor(role, T.haikou)));
        }
        Tree.platformStaff().forEach(a -> cases.add(Arguments.of(a.role().name(), a)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyoneButTheSystem")
    void onlyTheSystemAutoReports(String who, Actor actor) {
        Submission s = Tree.fresh(T.xiuying);
        refused("reporting.autoReport.notSystem", () -> s.autoReport(actor, CALENDAR, COUNTY_DEADLINE));
        assertEquals(SubmissionState.NOT_STARTED, s.getState());
    }

    @Test
    void aReturnIsAutoReportedWhenItsTimeLimitLapsesNotWhileItRuns() {
        Submission county = Tree.sent(T.xiuying);
        Instant limit = at("2026-10-09T12:00");
        county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, "请核对", limit, COUNTY_DAYS.plusSeconds(36000));
        assertFalse(county.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE), "the tier's deadline passes, the return's limit still runs");
        assertEquals(SubmissionState.RETURNED, county.getState());
        assertFalse(county.autoReport(SYSTEM, CALENDAR, limit.minusSeconds(1)));
        assertTrue(county.autoReport(SYSTEM, CALENDAR, limit));
        assertEquals(SubmissionState.AUTO_REPORTED, county.getState());
        assertNull(county.getReturnLimit());
        assertEquals(SubmissionState.RETURNED, county.getTimeline().get(county.getTimeline().size() - 1).getFrom());
        assertFalse(county.autoReport(SYSTEM, CALENDAR, limit));
    }

    @Test
    void aLapsedReturnBeforeTheTiersDeadlineIsAutoReportedToo() {
        Submission school = Tree.returned(T.school, T.xiuying);
        Instant limit = school.getReturnLimit();
        assertTrue(limit.isBefore(COUNTY_DEADLINE));
        assertTrue(school.autoReport(SYSTEM, CALENDAR, limit));
        assertEquals(Completeness.AUTO_REPORTED, school.completeness());
    }

    @Test
    void bottomUpTheSchoolsAutoReportedFirstAreCarriedByTheirCountysAutoReport() {
        Organisation other = Organisation.school("2146000007", "秀英区第七小学", cn.eduinfo.org.OrgKind.SCHOOL, T.xiuying, "460105");
        Submission a = Tree.fresh(T.school);
        Submission b = Tree.sent(other);
        Submission county = Tree.fresh(T.xiuying);
        a.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE);
        b.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE);
        county.autoReport(SYSTEM, CALENDAR, COUNTY_DEADLINE);
        assertEquals(List.of(), county.pendingSubordinates(List.of(a, b)));
        assertEquals(Completeness.AUTO_REPORTED, a.completeness());
        assertEquals(Completeness.REPORTED, b.completeness());
    }

    @Test
    void anAutoReportedUnitThatIsReturnedAndReportsItselfIsNoLongerMarkedAuto() {
        Submission county = Tree.autoReported(T.xiuying);
        county.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, "未填报", at("2026-10-10T00:00"), PREFECTURE_DAYS);
        refused("reporting.send.noData", () -> county.report(reviewer(T.xiuying), CALENDAR, List.of(), PREFECTURE_DAYS.plusSeconds(60)));
        county.recordUpdate(admin(T.xiuying), CALENDAR, PREFECTURE_DAYS.plusSeconds(60));
        county.report(reviewer(T.xiuying), CALENDAR, List.of(), PREFECTURE_DAYS.plusSeconds(120));
        assertFalse(county.isAutoReported());
        assertEquals(Completeness.REPORTED, county.completeness());
    }
}

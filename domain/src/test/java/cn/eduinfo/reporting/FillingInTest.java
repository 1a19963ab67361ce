package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.CALENDAR;
import static cn.eduinfo.reporting.Tree.COUNTY_DAYS;
import static cn.eduinfo.reporting.Tree.COUNTY_DEADLINE;
import static cn.eduinfo.reporting.Tree.PROVINCE_DAYS;
import static cn.eduinfo.reporting.Tree.admin;
import static cn.eduinfo.reporting.Tree.at;
import static cn.eduinfo.reporting.Tree.inspector;
import static cn.eduinfo.reporting.Tree.refused;
import static cn.eduinfo.reporting.Tree.reviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.eduinfo.account.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 第十五、十六条: only the unit's administrator fills in, while its data is open and its deadline not past. */
class FillingInTest {

    private static final Tree T = new Tree();

    @Test
    void theAdministratorUpdatesAndTheFirstSaveStartsTheDraft() {
        Submission s = Tree.fresh(T.xiuying);
        assertEquals(Completeness.MISSING, s.completeness());
        s.recordUpdate(admin(T.xiuying), CALENDAR, COUNTY_DAYS);
        assertEquals(SubmissionState.DRAFT, s.getState());
        assertEquals(DataStatus.UPDATED, s.getDataStatus());
        assertEquals(Completeness.UPDATED, s.completeness());
        Transition t = s.getTimeline().get(0);
        assertEquals(Action.UPDATE, t.getAction());
        assertEquals(SubmissionState.NOT_STARTED, t.getFrom());
        assertEquals(SubmissionState.DRAFT, t.getTo());
        assertEquals("460105X", t.getActor());
        assertEquals(Role.ADMINISTRATOR, t.getActorRole());
        assertEquals(COUNTY_DAYS, t.getAt());
        assertNull(t.getReason());
    }

    @Test
    void repeatedSavesAddNothingToTheTimelineButAChangeOfStatusDoes() {
        Submission s = Tree.fresh(T.school);
        s.recordUpdate(admin(T.school), CALENDAR, COUNTY_DAYS);
        s.recordUpdate(admin(T.school), CALENDAR, COUNTY_DAYS.plusSeconds(60));
        assertEquals(1, s.getTimeline().size());
        s.recordConfirmedUnchanged(admin(T.school), CALENDAR, COUNTY_DAYS.plusSeconds(120));
        assertEquals(2, s.getTimeline().size());
        assertEquals(Action.CONFIRM_UNCHANGED, s.getTimeline().get(1).getAction());
        assertEquals(SubmissionState.DRAFT, s.getTimeline().get(1).getFrom());
        assertEquals(DataStatus.CONFIRMED_UNCHANGED, s.getDataStatus());
        assertEquals(Completeness.CONFIRMED_UNCHANGED, s.completeness());
    }

    @Test
    void confirmingUnchangedIsOneStepFromNotStarted() {
        Submission s = Tree.fresh(T.point);
        s.recordConfirmedUnchanged(admin(T.point), CALENDAR, COUNTY_DAYS);
        assertEquals(SubmissionState.DRAFT, s.getState());
        assertEquals(DataStatus.CONFIRMED_UNCHANGED, s.getDataStatus());
        assertEquals(1, s.getTimeline().size());
    }

    static Stream<Arguments> othersThanTheAdministrator() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("own inspector", inspector(T.xiuying), "reporting.edit.notAdministrator"));
        cases.add(Arguments.of("own reviewer", reviewer(T.xiuying), "reporting.edit.notAdministrator"));
        cases.add(Arguments.of("system", Actor.system(), "reporting.edit.notAdministrator"));
        Tree.platformStaff().forEach(a -> cases.add(Arguments.of(a.role().name(), a, "reporting.edit.notAdministrator")));
        cases.add(Arguments.of("superior's administrator", admin(T.haikou), "reporting.notOwnUnit"));
        cases.add(Arguments.of("grand-superior's administrator", admin(T.hainan), "reporting.notOwnUnit"));
        cases.add(Arguments.of("MoE administrator", admin(T.moe), "reporting.notOwnUnit"));
        cases.add(Arguments.of("sibling's administrator", admin(T.longhua), "reporting.notOwnUnit"));
        cases.add(Arguments.of("other subtree's administrator", admin(T.sanya), "reporting.notOwnUnit"));
        cases.add(Arguments.of("a subordinate school's administrator", admin(T.school), "reporting.notOwnUnit"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("othersThanTheAdministrator")
    void onlyTheUnitsOwnAdministratorFillsIn(String who, Actor actor, String key) {
        Submission s = Tree.fresh(T.xiuying);
        refused(key, () -> s.recordUpdate(actor, CALENDAR, COUNTY_DAYS));
        refused(key, () -> s.recordConfirmedUnchanged(actor, CALENDAR, COUNTY_DAYS));
        refused(key, () -> s.checkEditable(actor, CALENDAR, COUNTY_DAYS));
        assertEquals(SubmissionState.NOT_STARTED, s.getState());
        assertEquals(0, s.getTimeline().size());
    }

    @Test
    void theSuperiorsAdministratorCannotFillInForASchool() {
        Submission s = Tree.fresh(T.school);
        refused("reporting.notOwnUnit", () -> s.recordUpdate(admin(T.xiuying), CALENDAR, COUNTY_DAYS));
        refused("reporting.notOwnUnit", () -> s.recordUpdate(admin(T.longhuaSchool), CALENDAR, COUNTY_DAYS));
    }

    static Stream<Arguments> lockedStates() {
        return Stream.of(
                Arguments.of("submitted school", Tree.sent(T.school), admin(T.school), "reporting.edit.locked"),
                Arguments.of("reported county", Tree.sent(T.xiuying), admin(T.xiuying), "reporting.edit.locked"),
                Arguments.of("accepted county", Tree.accepted(T.xiuying, T.haikou), admin(T.xiuying), "reporting.edit.locked"),
                Arguments.of("accepted school", Tree.accepted(T.school, T.xiuying), admin(T.school), "reporting.edit.locked"),
                Arguments.of("auto-reported county", Tree.autoReported(T.xiuying), admin(T.xiuying), "reporting.edit.locked"),
                Arguments.of("withdrawal requested", Tree.withdrawalRequested(T.xiuying), admin(T.xiuying), "reporting.edit.withdrawalPending"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockedStates")
    void sentDataIsLocked(String label, Submission s, Actor admin, String key) {
        int entries = s.getTimeline().size();
        SubmissionState before = s.getState();
        refused(key, () -> s.recordUpdate(admin, CALENDAR, COUNTY_DAYS.plusSeconds(60)));
        refused(key, () -> s.recordConfirmedUnchanged(admin, CALENDAR, COUNTY_DAYS.plusSeconds(60)));
        assertEquals(before, s.getState());
        assertEquals(entries, s.getTimeline().size());
    }

    @Test
    void theFormOpensWithTheQuarterNotBefore() {
        Submission s = Tree.fresh(T.xiuying);
        refused("reporting.edit.quarterNotStarted", () -> s.recordUpdate(admin(T.xiuying), CALENDAR, at("2026-06-30T23:59:59")));
        s.recordUpdate(admin(T.xiuying), CALENDAR, at("2026-07-01T00:00"));
        s.recordUpdate(admin(T.xiuying), CALENDAR, at("2026-09-15T10:00"));
        assertEquals(SubmissionState.DRAFT, s.getState());
    }

    @Test
    void theFormClosesAtTheUnitsDeadline() {
        Submission county = Tree.fresh(T.xiuying);
        county.recordUpdate(admin(T.xiuying), CALENDAR, COUNTY_DEADLINE.minusSeconds(1));
        refused("reporting.window.closed", () -> county.recordUpdate(admin(T.xiuying), CALENDAR, COUNTY_DEADLINE));
        // The province's deadline is later: it still fills in on the 13th.
        Submission province = Tree.fresh(T.hainan);
        province.recordUpdate(admin(T.hainan), CALENDAR, PROVINCE_DAYS);
        refused("reporting.window.closed", () -> province.recordUpdate(admin(T.hainan), CALENDAR, Tree.PROVINCE_DEADLINE));
    }

    @Test
    void anExtensionKeepsTheFormOpen() {
        TierCalendar extended = CALENDAR.with(new Extension(Tree.Q, cn.eduinfo.org.Tier.COUNTY, at("2026-10-08T00:00")));
        Submission s = Tree.fresh(T.school);
        s.recordUpdate(admin(T.school), extended, COUNTY_DEADLINE.plusSeconds(3600));
        refused("reporting.window.closed", () -> s.recordUpdate(admin(T.school), extended, at("2026-10-08T00:00")));
    }

    @Test
    void aReturnedUnitEditsUntilItsTimeLimitEvenAfterItsDeadline() {
        Submission s = Tree.sent(T.xiuying);
        Instant now = at("2026-10-05T20:00");
        Instant limit = at("2026-10-09T12:00");
        s.returnForCorrection(reviewer(T.haikou), Tree.fresh(T.haikou), CALENDAR, "学校数不符", limit, now);
        assertEquals(Completeness.RETURNED, s.completeness());
        s.recordUpdate(admin(T.xiuying), CALENDAR, at("2026-10-07T09:00"));
        assertEquals(SubmissionState.RETURNED, s.getState(), "editing keeps it returned, with its limit in view");
        s.checkEditable(admin(T.xiuying), CALENDAR, limit.minusSeconds(1));
        refused("reporting.returnLimit.passed", () -> s.recordUpdate(admin(T.xiuying), CALENDAR, limit));
        refused("reporting.notOwnUnit", () -> s.recordUpdate(admin(T.haikou), CALENDAR, at("2026-10-07T09:00")));
    }

    @Test
    void aRefusalCarriesTheInstantAsShown() {
        Submission s = Tree.fresh(T.xiuying);
        cn.eduinfo.shared.DomainException e = org.junit.jupiter.api.Assertions.assertThrows(cn.eduinfo.shared.DomainException.class,
                () -> s.recordUpdate(admin(T.xiuying), CALENDAR, COUNTY_DEADLINE));
        assertEquals(List.of("2026-10-06 00:00"), e.args());
    }
}

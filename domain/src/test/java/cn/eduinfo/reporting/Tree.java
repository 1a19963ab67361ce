package cn.eduinfo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.eduinfo.account.Role;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * A small tree with every relation a transition distinguishes, the quarter 2026Q3 (reported in October
 * 2026: county 1–5, prefecture 6–10, province 11–15, MoE 16–20), and helpers to bring a unit's
 * submission into a state through the real transitions.
 */
final class Tree {

    static final Quarter Q = new Quarter(2026, 3);
    static final TierCalendar CALENDAR = TierCalendar.defaults();

    final Organisation moe = Organisation.moe("教育部");
    final Organisation pku = Organisation.school("4111010001", "北京大学", OrgKind.HEI, moe, "110108");
    final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
    final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
    final Organisation school = Organisation.school("2146000001", "秀英区实验小学", OrgKind.SCHOOL, xiuying, "460105");
    final Organisation point = Organisation.school("2146000002", "东村教学点", OrgKind.TEACHING_POINT, xiuying, "460105");
    final Organisation longhua = Organisation.authority("460106", "龙华区教育局", OrgKind.COUNTY, haikou);
    final Organisation longhuaSchool = Organisation.school("2146000003", "龙华区第一小学", OrgKind.SCHOOL, longhua, "460106");
    final Organisation sanya = Organisation.authority("460200", "三亚市教育局", OrgKind.PREFECTURE, hainan);
    final Organisation wuzhishan = Organisation.authority("469001", "五指山市教育局", OrgKind.COUNTY, hainan);
    final Organisation hainanHei = Organisation.school("4146010589", "海南大学", OrgKind.HEI, hainan, "460100");
    final Organisation beijing = Organisation.authority("110000", "北京市教育委员会", OrgKind.PROVINCE, moe);
    final Organisation dongcheng = Organisation.authority("110101", "东城区教育委员会", OrgKind.COUNTY, beijing);

    static Instant at(String beijingTime) {
        return LocalDateTime.parse(beijingTime).atZone(Window.ZONE).toInstant();
    }

    /** In the county window: every tier may fill in, counties may report. */
    static final Instant COUNTY_DAYS = at("2026-10-03T10:00");
    static final Instant PREFECTURE_DAYS = at("2026-10-08T10:00");
    static final Instant PROVINCE_DAYS = at("2026-10-13T10:00");
    static final Instant NATIONAL_DAYS = at("2026-10-18T10:00");
    static final Instant COUNTY_DEADLINE = at("2026-10-06T00:00");
    static final Instant PREFECTURE_DEADLINE = at("2026-10-11T00:00");
    static final Instant PROVINCE_DEADLINE = at("2026-10-16T00:00");
    static final Instant NATIONAL_DEADLINE = at("2026-10-21T00:00");

    static Actor actor(Role role, Organisation unit) {
        return new Actor(unit.getCode() + "X", role, unit.getPath());
    }

    static Actor admin(Organisation unit) {
        return actor(Role.ADMINISTRATOR, unit);
    }

    static Actor reviewer(Organisation unit) {
        return actor(Role.REVIEWER, unit);
    }

    static Actor inspector(Organisation unit) {
        return actor(Role.INSPECTOR, unit);
    }

    static List<Actor> platformStaff() {
        return List.of(new Actor("sys1", Role.SYSTEM_ADMIN, null), new Actor("sec1", Role.SECURITY_ADMIN, null),
                new Actor("aud1", Role.AUDIT_ADMIN, null));
    }

    static Submission fresh(Organisation unit) {
        return Submission.open(Q, unit);
    }

    /** Updated, in the unit's own window. */
    static Submission draft(Organisation unit) {
        Submission s = fresh(unit);
        s.recordUpdate(admin(unit), CALENDAR, COUNTY_DAYS);
        return s;
    }

    /** Submitted (no reviewer) or reported (reviewer), in the unit's window. */
    static Submission sent(Organisation unit) {
        Submission s = draft(unit);
        Instant inWindow = CALENDAR.window(Q, unit.getTier()).start().plusSeconds(3600);
        if (unit.getKind().hasReviewer()) {
            s.report(reviewer(unit), CALENDAR, List.of(), inWindow);
        } else {
            s.submit(admin(unit), CALENDAR, inWindow);
        }
        return s;
    }

    static Submission accepted(Organisation unit, Organisation superior) {
        Submission s = sent(unit);
        s.accept(reviewer(superior), CALENDAR.window(Q, unit.getTier()).start().plusSeconds(7200));
        return s;
    }

    static Submission autoReported(Organisation unit) {
        Submission s = fresh(unit);
        s.autoReport(Actor.system(), CALENDAR, CALENDAR.deadline(Q, unit.getTier()));
        return s;
    }

    /** Sent, then returned by the superior's reviewer an hour into the window with a limit two hours later. */
    static Submission returned(Organisation unit, Organisation superior) {
        Submission s = sent(unit);
        Instant now = CALENDAR.window(Q, unit.getTier()).start().plusSeconds(3 * 3600);
        s.returnForCorrection(reviewer(superior), fresh(superior), CALENDAR, "请核对教师数", now.plusSeconds(7200), now);
        return s;
    }

    static Submission withdrawalRequested(Organisation unit) {
        Submission s = sent(unit);
        Actor who = unit.getKind().hasReviewer() ? reviewer(unit) : admin(unit);
        s.requestWithdrawal(who, CALENDAR, "填错了", CALENDAR.window(Q, unit.getTier()).start().plusSeconds(4 * 3600));
        return s;
    }

    static void refused(String key, Executable transition) {
        DomainException e = assertThrows(DomainException.class, transition);
        assertEquals(key, e.key());
    }
}

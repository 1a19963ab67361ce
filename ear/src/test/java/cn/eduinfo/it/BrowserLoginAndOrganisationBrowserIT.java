package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A county administrator in a real browser: log in, switch language, browse the tree, follow a bad deep link. */
class BrowserLoginAndOrganisationBrowserIT extends ItBase {

    @Test
    void aCountyAdministratorLogsInSwitchesLanguageAndBrowsesItsSubtree() {
        String base = base();
        long otherCounty = Fixtures.orgId(Api.demo(base, "460100A1"), "460106");
        try (Browser browser = new Browser()) {
            try {
                browser.open(base + "home.xhtml");
                browser.find("#login\\:username");
                assertTrue(browser.currentUrl().endsWith("/login.xhtml"), "pages lead to the login page");
                assertTrue(Files.exists(browser.screenshot("01-login")));

                browser.click("#login\\:submit");
                browser.waitForText("#messages", "请填写“用户名”");

                browser.type("#login\\:username", "460105A1");
                browser.type("#login\\:password", "wrong-password");
                browser.click("#login\\:submit");
                browser.waitForText("#messages", "用户名或密码错误");
                browser.screenshot("02-login-refused");

                browser.type("#login\\:username", "460105A1");
                browser.type("#login\\:password", Api.DEMO_PASSWORD);
                browser.click("#login\\:submit");
                browser.waitForText("#home-code", "460105");
                assertEquals("秀英区教育局", browser.text("#home-org"));
                assertEquals("管理员", browser.text("#home-role"));
                assertTrue(browser.text("#home-tier").startsWith("区县级"));
                browser.screenshot("03-home-zh");

                browser.click("#language\\:en");
                browser.waitForText("#home-role", "Administrator");
                assertTrue(browser.pageText().contains("Reporting tier"));
                browser.screenshot("04-home-en");

                browser.click("#nav-orgs");
                browser.waitForText("#tree\\:orgs", "秀英区实验小学");
                browser.screenshot("05-organisation-browser");

                browser.type("#search\\:query", "实验小学");
                browser.click("#search\\:go");
                browser.waitForText("#search\\:results", "2146000001");
                browser.clickLink("秀英区实验小学");
                browser.waitForText("#org-code", "2146000001");
                assertTrue(browser.text("#org-tier").startsWith("County"));
                browser.screenshot("06-organisation-detail");
                // A link to another unit's page from a unit's page leads there (not back to the page it is on).
                browser.clickLink("秀英区教育局");
                browser.waitForText("#org-code", "460105");

                browser.open(base + "org/detail.xhtml?id=" + otherCounty);
                browser.waitForText("#messages", "Refused");
                assertFalse(browser.pageText().contains("龙华区教育局"), "nothing of the other county is shown");
                browser.screenshot("07-deep-link-refused");

                browser.click("#logout");
                browser.find("#login\\:username");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    /**
     * A school's administrator sets 'enrolment suspended' on its page (a postback that is not AJAX, which keeps the
     * page's address); sent again from that page once ten others have been opened since, it is not carried out, and
     * the page, opened again, says so.
     */
    @Test
    void aSchoolAdministratorSuspendsEnrolmentButNotFromAPageThatExpired() {
        String base = base();
        Api school = Api.demo(base, "2146000001A1");
        long id = Fixtures.orgId(school, "2146000001");
        String page = base + "org/detail.xhtml?id=" + id;
        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "2146000001A1", Api.DEMO_PASSWORD);
                browser.find("nav.app-nav");
                browser.open(page);
                browser.click("#enrolment\\:toggle");
                browser.waitForText("#messages", "已保存");
                assertEquals("✔", browser.text("#org-suspended"));
                assertEquals(page, browser.currentUrl(), "the address still names the unit after the postback");
                assertTrue(suspended(school, id));

                browser.opensInAnotherTab(base + "home.xhtml", "nav.app-nav", 10);
                browser.click("#enrolment\\:toggle");
                browser.waitForText("#messages", "此页面已过期");
                assertEquals(page, browser.currentUrl());
                assertEquals("✔", browser.text("#org-suspended"));
                browser.screenshot("08-enrolment-page-expired");
                assertTrue(suspended(school, id), "nothing was carried out");

                browser.click("#enrolment\\:toggle");
                browser.waitForText("#messages", "已保存");
                assertEquals("—", browser.text("#org-suspended"));
                assertFalse(suspended(school, id));

                // Switching language is such a postback too: the same unit's page, in English.
                browser.click("#language\\:en");
                browser.waitForText("#enrolment\\:toggle", "Toggle 'enrolment suspended'");
                assertEquals(page, browser.currentUrl());
                assertTrue(browser.text("#org-code").contains("2146000001"));
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    /**
     * 第十一条 on 'Affiliations': a school moves between two counties of 海口 by the hand of 海口's administrators,
     * the nearest authority above both. The province's, above them too, are told whose move it is; nothing changes.
     */
    @Test
    void aSchoolMovesBetweenTwoCountiesOnlyByTheirNearestCommonSuperior() {
        String base = base();
        String school = Database.text("SELECT MAX(o.code) FROM organisation o JOIN organisation p ON p.id = o.parent_id"
                + " WHERE p.code = '460105' AND o.kind = 'SCHOOL'");
        String parentOf = "SELECT p.code FROM organisation o JOIN organisation p ON p.id = o.parent_id WHERE o.code = '" + school + "'";
        String moves = "SELECT COUNT(*) FROM org_event e JOIN organisation o ON o.id = e.organisation_id WHERE o.code = '" + school
                + "' AND e.event_type = 'MOVED'";
        String audited = "SELECT COUNT(*) FROM audit_entry WHERE action = 'AFFILIATION_CHANGED' AND target_id = '" + school + "'";
        String haikou = Database.text("SELECT name FROM organisation WHERE code = '460100'");

        moveOnScreen(base, "460000A1", school, "17-move-refused-to-the-province",
                "此项隶属关系调整由原上级与新上级最近的共同上级 " + haikou + "（460100）的管理员办理");
        assertEquals("460105", Database.text(parentOf), "the refused move changed nothing");
        assertEquals(0, Database.count(moves) + Database.count(audited));

        moveOnScreen(base, "460100A1", school, "18-move-by-the-prefecture", "隶属关系已变更");
        assertEquals("460106", Database.text(parentOf));
        assertEquals(1, Database.count(moves), "the move is in the school's history");
        assertEquals(1, Database.count(audited), "and in the audit trail");
    }

    /**
     * 第二十二条 on the audit log: the audit administrator finds an account's failed logins of a day by who, what and
     * when, as the API does; the next day has none; a range ending before it starts is refused, the table kept.
     */
    @Test
    void theAuditAdministratorFindsAnAccountsFailedLoginsOfADay() {
        String base = base();
        assertEquals(401, Api.as(base, "460106A1", "Wrong#Pass2027").get("api/me").status());
        Api auditor = Api.demo(base, "auditadmin");
        List<JsonObject> failures = auditor.get("api/audit?actor=460106A1&action=LOGIN_FAILURE").array().getValuesAs(JsonObject.class);
        assertFalse(failures.isEmpty());
        LocalDate day = Instant.parse(failures.get(0).getString("at")).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertEquals(failures.size(), auditor.get("api/audit?actor=460106A1&action=login_failure&from=" + day + "&to=" + day).array().size());
        assertEquals(400, auditor.get("api/audit?from=" + day + "&to=" + day.minusDays(1)).status());
        Browser.as(base, "auditadmin", browser -> {
            browser.click("#nav-audit");
            browser.type("#audit\\:actor", "460106A1");
            browser.type("#audit\\:action", "login_failure");
            browser.type("#audit\\:from_input", day.toString());
            browser.type("#audit\\:to_input", day.toString());
            browser.clickReplacing("#audit\\:filter", "#audit\\:entries");
            List<String> actions = browser.texts("#audit\\:entries tbody td:nth-child(3)");
            assertEquals(Collections.nCopies(failures.size(), "LOGIN_FAILURE"), actions);
            assertEquals(Collections.nCopies(failures.size(), "460106A1"), browser.texts("#audit\\:entries tbody td:nth-child(2)"));
            browser.screenshot("19-audit-search");
            browser.click("#audit\\:export");
            List<List<String>> rows = Workbooks.rows(browser.downloaded("audit-log.xlsx"));
            assertTrue(rows.get(0).get(0).contains("460106A1") && rows.get(0).get(0).contains(day.toString()), rows.get(0).toString());
            assertEquals(List.of("时间", "操作人", "操作", "对象", "内容", "来源地址"), rows.get(1));
            assertEquals(Collections.nCopies(failures.size(), "LOGIN_FAILURE"), rows.subList(2, rows.size()).stream().map(r -> r.get(2)).toList());

            browser.type("#audit\\:from_input", day.plusDays(1).toString());
            browser.type("#audit\\:to_input", day.toString());
            browser.click("#audit\\:filter");
            browser.waitForText("#messages", "截止日期不能早于起始日期");
            assertEquals(actions, browser.texts("#audit\\:entries tbody td:nth-child(3)"), "the table as it was");

            browser.type("#audit\\:to_input", day.plusDays(1).toString());
            browser.clickReplacing("#audit\\:filter", "#audit\\:entries");
            assertEquals(1, browser.count("#audit\\:entries tbody tr.ui-datatable-empty-message"), "none the next day");

            // The whole trail is more than one export takes (eduinfo.audit.max-export=200 in the ITs): the demo's start alone
            // writes thousands of entries, auto-reporting the quarter before.
            browser.type("#audit\\:actor", "");
            browser.type("#audit\\:action", "");
            browser.type("#audit\\:from_input", "");
            browser.type("#audit\\:to_input", "");
            browser.clickReplacing("#audit\\:filter", "#audit\\:entries");
            browser.click("#audit\\:export");
            browser.waitForText("#messages", "一次最多导出 200 条");
        });
        assertTrue(auditor.get("api/audit?actor=auditadmin&action=AUDIT_EXPORTED").body().contains("entries"), "the export is recorded");
    }

    /**
     * 第六条, 第二十一条: a county's administrator names its technical support unit on the county's page (a phone that is
     * none refused first); the county's schools then see it on their home page, beside the MoE's support line.
     */
    @Test
    void aCountyNamesItsSupportUnitAndItsSchoolsSeeItAtHome() {
        String base = base();
        long xiuying = Fixtures.orgId(Api.demo(base, "460105A1"), "460105");
        Browser.as(base, "2146000001A1", browser -> {
            assertEquals("010-66090906", browser.text("#support-moe"));
            assertEquals(0, browser.count("#support-unit"), "none named yet");
        });
        Browser.as(base, "460105A1", browser -> {
            browser.open(base + "org/detail.xhtml?id=" + xiuying);
            browser.type("#support\\:unit", "秀英区电教站");
            browser.type("#support\\:phone", "call us");
            browser.click("#support\\:save");
            browser.waitForText("#messages", "请填写有效的联系电话");
            browser.type("#support\\:phone", "0898-68601111");
            browser.click("#support\\:save");
            browser.waitForText("#messages", "已保存");
            assertEquals("秀英区电教站", browser.find("#support\\:unit").getAttribute("value"));
            browser.screenshot("24-support-unit");
        });
        Browser.as(base, "2146000001A1", browser -> assertTrue(browser.text("#support-unit").startsWith("秀英区电教站 · 0898-68601111"),
                browser.text("#support-unit")));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORG_SUPPORT_SET' AND target_id = '460105'"));
    }

    /** An administrator asks on 'Affiliations' to move the school under 龙华区 (460106), and reads the answer. */
    private static void moveOnScreen(String base, String administrator, String school, String shot, String answer) {
        Browser.as(base, administrator, browser -> {
            browser.click("#nav-affiliations");
            browser.type("#move\\:school", school);
            browser.choose("#move\\:target", "460106 " + Database.text("SELECT name FROM organisation WHERE code = '460106'"));
            browser.click("#move\\:go");
            browser.waitForText("#messages", answer);
            browser.screenshot(shot);
        });
    }

    private static boolean suspended(Api school, long id) {
        return school.get("api/organisations/" + id).json().getBoolean("enrolmentSuspended");
    }
}

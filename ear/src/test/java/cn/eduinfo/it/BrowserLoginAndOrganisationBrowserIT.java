package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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

    private static boolean suspended(Api school, long id) {
        return school.get("api/organisations/" + id).json().getBoolean("enrolmentSuspended");
    }
}

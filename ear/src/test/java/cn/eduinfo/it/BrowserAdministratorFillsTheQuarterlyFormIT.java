package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A county administrator fills a section with one wrong value, fixes it, explains a large change and
 * saves; a school administrator confirms its form unchanged in one step.
 */
class BrowserAdministratorFillsTheQuarterlyFormIT extends ItBase {

    @Test
    void aCountyFillsItsFormAndASchoolConfirmsItsFormUnchanged() {
        String base = base();
        Api county = Api.demo(base, "460105A1");
        long xiuying = Fixtures.orgId(county, "460105");
        JsonObject before = Forms.read(county, xiuying);
        String schools = Long.toString(Forms.number(before, "previous", "A0101") + 1);
        String teachingPoints = Long.toString(Forms.number(before, "previous", "A0105") * 3 + 100);

        try (Browser browser = new Browser()) {
            try {
                login(browser, base, "460105A1");
                browser.click("#nav-form");
                browser.find("input[data-code='A0101']");
                browser.screenshot("40-form-opened");

                browser.type("input[data-code='A0101']", "一百");
                browser.click("#fill\\:save");
                browser.waitForText(".field-message[data-code='A0101']", "请填写数字");
                browser.screenshot("41-form-wrong-value");

                browser.type("input[data-code='A0101']", schools);
                browser.type("input[data-code='A0105']", teachingPoints);
                browser.click("#fill\\:save");
                browser.waitForText(".field-message[data-code='A0105']", "变化较大");
                browser.screenshot("42-form-asks-explanation");

                browser.type("input[data-explain='A0105']", "撤并村小后新设教学点");
                browser.click("#fill\\:save");
                browser.waitForText("#messages", "已保存");
                assertEquals("已更新", browser.text("#form-status"));
                browser.screenshot("43-form-saved");
                browser.click("#logout");

                login(browser, base, "2146000001A1");
                browser.click("#nav-form");
                browser.click("#fill\\:confirm");
                browser.click("#fill\\:confirm-yes");
                browser.waitForText("#messages", "已确认本季度数据无变化");
                assertEquals("已确认无变化", browser.text("#form-status"));
                browser.screenshot("44-form-confirmed-unchanged");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
        JsonObject after = Forms.read(county, xiuying);
        assertEquals(schools, Forms.value(after, "A0101"));
        assertEquals(teachingPoints, Forms.value(after, "A0105"));
        assertEquals("撤并村小后新设教学点", after.getJsonObject("explanations").getString("A0105"));
        Api school = Api.demo(base, "2146000001A1");
        assertTrue(Forms.read(school, Fixtures.orgId(school, "2146000001")).getString("status").equals("CONFIRMED_UNCHANGED"));
    }

    /**
     * A session keeps the views of a user's last 10 pages (web.xml). A form left open in one tab while 10 pages are
     * opened in another has expired: its save opens the form again, says so, and saves nothing.
     */
    @Test
    void aFormSavedAfterTenOtherPagesOpensAgainSayingItExpiredAndSavesNothing() {
        String base = base();
        Api county = Api.demo(base, "460106A1");
        long longhua = Fixtures.orgId(county, "460106");
        String before = Forms.value(Forms.read(county, longhua), "A0101");

        try (Browser browser = new Browser()) {
            try {
                login(browser, base, "460106A1");
                browser.click("#nav-form");
                browser.find("input[data-code='A0101']");
                browser.opensInAnotherTab(base + "org/browse.xhtml", "#search\\:query", 10);
                browser.type("input[data-code='A0101']", "4321");
                browser.click("#fill\\:save");
                browser.waitForText("#messages", "此页面已过期");
                assertEquals(base + "form/fill.xhtml", browser.currentUrl());
                assertEquals(before == null ? "" : before, browser.find("input[data-code='A0101']").getAttribute("value"));
                browser.screenshot("45-form-expired-opened-again");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
        assertEquals(before, Forms.value(Forms.read(county, longhua), "A0101"));
    }

    private static void login(Browser browser, String base, String username) {
        browser.logIn(base, username, Api.DEMO_PASSWORD);
        browser.find("#nav-form");
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A school's new administrator logs in with the slip's password and is led through the first-login form. */
class BrowserFirstLoginIT extends ItBase {

    @Test
    void aNewHolderSetsAPasswordAndPersonalInformationBeforeSeeingAnything() {
        String base = base();
        Api county = Api.demo(base, "460105A1");
        String school = county.get("api/organisations/" + Fixtures.orgId(county, "460105") + "/children").array()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("SCHOOL") && !o.getString("code").equals("2146000001"))
                .findFirst().orElseThrow().getString("code");
        String username = school + "A1";
        String initial = Fixtures.issue(county, school, username);

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, username, initial);
                browser.find("#password\\:current");
                assertTrue(browser.currentUrl().endsWith("/account/first-login.xhtml"), browser.currentUrl());
                browser.screenshot("20-first-login-password");

                browser.open(base + "org/browse.xhtml");
                browser.find("#password\\:current");
                assertTrue(browser.currentUrl().endsWith("/account/first-login.xhtml"), "every page leads to the first-login form");

                browser.changePassword(initial, "abcdefgh");
                browser.waitForText("#messages", "至少三类");

                browser.changePassword(initial, "Xiuying#2026");
                browser.find("#personal\\:realName");
                browser.screenshot("21-first-login-personal");

                browser.type("#personal\\:realName", "<script>alert(1)</script>");
                browser.type("#personal\\:position", "校长");
                browser.type("#personal\\:phone", "0898-68881234");
                browser.type("#personal\\:email", "xiaozhang@example.cn");
                browser.click("#personal\\:save");
                browser.waitForText("#messages", "请填写真实姓名");

                browser.type("#personal\\:realName", "陈静");
                browser.click("#personal\\:save");
                browser.waitForText("#home-code", school);
                assertEquals("管理员", browser.text("#home-role"));
                assertTrue(!browser.pageText().contains("下级账号"), "a school has no subordinate accounts to hand out");
                browser.screenshot("22-first-login-done");

                // Later, on 'My account' (the name in the header): a new phone number, then a new password.
                browser.click("#nav-me");
                assertEquals(username, browser.text("#me-username"));
                assertEquals("0898-68881234", browser.find("#personal\\:phone").getAttribute("value"));
                browser.type("#personal\\:phone", "0898-68885678");
                browser.click("#personal\\:save");
                browser.waitForText("#messages", "个人信息已保存");
                assertEquals("0898-68885678", browser.find("#personal\\:phone").getAttribute("value"));
                browser.changePassword("Wrong#2026x", "Longhua#2027");
                browser.waitForText("#messages", "当前密码不正确");
                browser.changePassword("Xiuying#2026", "Longhua#2027");
                browser.waitForText("#messages", "密码已修改");
                assertEquals(username, browser.text("#me-username"), "still on 'My account'");
                browser.screenshot("23-my-account");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
        assertEquals(401, Api.as(base, username, "Xiuying#2026").get("api/organisations/mine").status());
        Api holder = Api.as(base, username, "Longhua#2027");
        assertEquals(200, holder.get("api/organisations/mine").status());
        assertEquals("0898-68885678", holder.get("api/me").json().getString("phone"));
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The security administrator's policy (安全策略): set on its screen, applied at the next login and password change. */
class BrowserSecurityPolicyIT extends ItBase {

    @Test
    void theSecurityAdministratorTightensThePolicyAndEveryAccountFollowsIt() {
        String base = base();
        Browser.as(base, "secadmin", browser -> {
            browser.click("#nav-policy");
            browser.waitForText("#policy-source", "默认值");
            assertEquals("5", browser.find("#policy\\:maxFailures").getAttribute("value"));
            browser.type("#policy\\:maxFailures", "2");
            browser.click("#policy\\:save");
            browser.waitForText("#messages", "连续登录失败次数应在 3～10 之间（填写的是 2），未做任何改动。");
            assertEquals(0, Api.demo(base, "secadmin").get("api/security-policy").json().getInt("version"), "nothing saved");

            browser.type("#policy\\:maxFailures", "3");
            browser.type("#policy\\:lockMinutes", "1440");
            browser.type("#policy\\:minPasswordLength", "10");
            browser.type("#policy\\:idleMinutes", "20");
            browser.click("#policy\\:save");
            browser.waitForText("#messages", "安全策略已保存");
            browser.waitForText("#policy-source", "由 secadmin 于");
            assertEquals("1440", browser.find("#policy\\:lockMinutes").getAttribute("value"));
            browser.screenshot("28-security-policy");
        });

        var stale = Api.demo(base, "secadmin").put("api/security-policy",
                "{\"maxFailures\":5,\"lockMinutes\":15,\"minPasswordLength\":8,\"idleMinutes\":30,\"version\":0}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("policy.conflict", stale.json().getString("key"));
        assertEquals(403, Api.demo(base, "sysadmin").put("api/security-policy",
                "{\"maxFailures\":5,\"lockMinutes\":15,\"minPasswordLength\":8,\"idleMinutes\":30,\"version\":1}").status());

        // Three failures lock now, for a day.
        for (int i = 0; i < 3; i++) {
            assertEquals(401, Api.as(base, "460106A1", "Wrong#2026").get("api/me").status());
        }
        assertEquals(401, Api.demo(base, "460106A1").get("api/me").status(), "locked after the third failure");

        // A password needs 10 characters, and the form says so; a session signs out after 20 minutes idle.
        Browser.as(base, "460105I1", browser -> {
            browser.click("#nav-me");
            browser.waitForText("#me-idle", "空闲超过 20 分钟");
            assertTrue(browser.text("#password\\:policy").startsWith("至少10位"), browser.text("#password\\:policy"));
            browser.changePassword(Api.DEMO_PASSWORD, "Abcd#1234");
            browser.waitForText("#messages", "密码至少10位");
        });
        assertEquals(200, Api.demo(base, "460105I1").get("api/me").status(), "the refused password changed nothing");
        String trail = Api.demo(base, "auditadmin").get("api/audit?action=SECURITY_POLICY_CHANGED").body();
        assertTrue(trail.contains("secadmin") && trail.contains("maxFailures=3"), trail);
    }
}

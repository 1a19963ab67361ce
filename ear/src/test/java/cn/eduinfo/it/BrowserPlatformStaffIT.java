package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Platform staff (平台账号, separated duties): the security administrator adds, disables and resets the other desks; the system administrator resets it. */
class BrowserPlatformStaffIT extends ItBase {

    @Test
    void theSecurityAdministratorStaffsADeskAndLetsTheSystemAdministratorBackIn() {
        String base = base();
        AtomicReference<String> sysadminPassword = new AtomicReference<>();
        AtomicReference<String> auditorPassword = new AtomicReference<>();
        Browser.as(base, "secadmin", browser -> {
            browser.click("#nav-platform-staff");
            browser.waitForText("#staff\\:list", "auditadmin");
            assertEquals(0, browser.count("button.reset[data-username='secadmin']"), "never one's own account");
            browser.type("#staff\\:username", "460105A9");
            browser.click("#staff\\:create");
            browser.waitForText("#messages", "用户名应为 3～40 位小写字母");
            browser.type("#staff\\:username", "sysadmin");
            browser.click("#staff\\:create");
            browser.waitForText("#messages", "用户名“sysadmin”已被使用");
            browser.type("#staff\\:username", "auditadmin2");
            browser.click("#staff\\:create");
            browser.waitForText("#messages", "已增设平台账号 auditadmin2");
            auditorPassword.set(browser.text("#initial-password"));
            browser.waitForText("#staff\\:list", "auditadmin2");

            browser.click("button.toggle[data-username='auditadmin']");
            browser.waitForText("#staff\\:list", "已停用");
            browser.click("button.toggle[data-username='auditadmin2']");
            browser.waitForText("#messages", "auditadmin2 是该岗位最后一个启用的账号，不能停用。");

            browser.click("button.reset[data-username='sysadmin']");
            browser.waitForText("#staff\\:issued", "sysadmin");
            sysadminPassword.set(browser.text("#initial-password"));
            browser.screenshot("29-platform-staff");
        });

        var ownDesk = Api.as(base, "secadmin", Api.DEMO_PASSWORD).post("api/platform-accounts", "{\"username\":\"secadmin2\",\"role\":\"SECURITY_ADMIN\"}");
        assertEquals("platform.role.invalid", ownDesk.json().getString("key"), "no account for one's own desk: " + ownDesk);
        assertEquals(401, Api.demo(base, "auditadmin").get("api/me").status(), "disabled");
        assertEquals(401, Api.demo(base, "sysadmin").get("api/me").status(), "the old password is gone");
        Api sysadmin = Api.as(base, "sysadmin", sysadminPassword.get());
        assertEquals(200, sysadmin.post("api/me/password", "{\"current\":\"" + sysadminPassword.get() + "\",\"new\":\"Sys#Admin2027\"}").status());
        sysadmin = Api.as(base, "sysadmin", "Sys#Admin2027");
        long secadmin = idOf(sysadmin, "secadmin");
        long auditadmin2 = idOf(sysadmin, "auditadmin2");
        String secadminInitial = sysadmin.post("api/platform-accounts/" + secadmin + "/password-reset", "").json().getString("initialPassword");
        assertEquals(200, Api.as(base, "secadmin", secadminInitial).get("api/me").status(), "the system administrator let the security administrator back in");
        assertEquals(403, sysadmin.post("api/platform-accounts/" + auditadmin2 + "/password-reset", "").status(), "but resets nobody else");
        assertEquals(403, Api.demo(base, "460000A1").get("api/platform-accounts").status());
        Api auditor = Api.as(base, "auditadmin2", auditorPassword.get());
        assertEquals(true, auditor.get("api/me").json().getBoolean("mustChangePassword"), "a new holder sets a password first");
        assertEquals(200, auditor.post("api/me/password", "{\"current\":\"" + auditorPassword.get() + "\",\"new\":\"Audit#Two2027\"}").status());
        String trail = Api.as(base, "auditadmin2", "Audit#Two2027").get("api/audit?action=PLATFORM_ACCOUNT_CREATED").body();
        assertTrue(trail.contains("auditadmin2 AUDIT_ADMIN"), trail);
    }

    private static long idOf(Api api, String username) {
        return api.get("api/platform-accounts").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}

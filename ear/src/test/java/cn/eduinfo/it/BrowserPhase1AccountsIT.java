package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Notice §1(1): the MoE information centre loads phase 1's account register; a school's administrator links
 * the school's account to its phase-1 account and signs in with the phase-1 name.
 */
class BrowserPhase1AccountsIT extends ItBase {

    @Test
    void aSchoolLinksItsPhase1AccountAndSignsInWithItsOldName() throws IOException {
        String base = base();
        Path dir = Files.createDirectories(Path.of("target", "phase1"));
        Path broken = Files.writeString(dir.resolve("phase1-broken.csv"),
                "phase1_username,school_code\nxy_yixiao,2146000001\nxy_yixiao,4111010001\nhnu_admin,41110100\n", StandardCharsets.UTF_8);
        Path register = Files.writeString(dir.resolve("phase1.csv"),
                "phase1_username,school_code\nxy_yixiao,2146000001\nbj_daxue,4111010001\nxy_erxiao,2146000002\n", StandardCharsets.UTF_8);

        Browser.as(base, "sysadmin", browser -> {
            browser.click("#nav-phase1");
            long demo = Long.parseLong(browser.text("#accounts"));
            assertTrue(demo > 3, "the demo's register: " + demo);
            browser.attach("#upload\\:file input[type=file]", broken.toAbsolutePath());
            browser.waitForText("#problems", "一期账号名“xy_yixiao”重复（首次出现在第 2 行）");
            assertTrue(browser.text("#problems").contains("学校标识码“41110100”无效"), browser.text("#problems"));
            assertEquals(demo, Long.parseLong(browser.text("#accounts")), "a refused list changes nothing");
            browser.screenshot("25-phase1-register-refused");
            browser.attach("#upload\\:file input[type=file]", register.toAbsolutePath());
            browser.waitForText("#messages", "已导入一期账号清单：3 个账号");
            assertEquals("3", browser.text("#accounts"));
        });

        Browser.as(base, "2146000001A1", browser -> {
            browser.click("#nav-me");
            browser.type("#phase1\\:alias", "nobody");
            browser.click("#phase1\\:link");
            browser.waitForText("#messages", "一期账号清单中没有“nobody”");
            browser.type("#phase1\\:alias", "bj_daxue");
            browser.click("#phase1\\:link");
            browser.waitForText("#messages", "一期账号“bj_daxue”不属于本校");
            browser.type("#phase1\\:alias", "xy_yixiao");
            browser.click("#phase1\\:link");
            browser.waitForText("#messages", "已关联一期账号 xy_yixiao");
            browser.waitForText("#phase1\\:linked", "xy_yixiao");
            browser.screenshot("26-phase1-linked");
        });

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "xy_yixiao", Api.DEMO_PASSWORD);
                browser.waitForText("#signed-in-user", "2146000001A1");
                browser.waitForText("#home-code", "2146000001");
                browser.screenshot("27-phase1-alias-signed-in");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }

        // Only a school's own administrator links, and only its own school's phase-1 account.
        assertEquals("phase1.notSchoolAdministrator", Api.demo(base, "460105A1").put("api/me/phase1-alias", "{\"alias\":\"xy_erxiao\"}").json().getString("key"));
        assertEquals(403, Api.demo(base, "4111010001R1").put("api/me/phase1-alias", "{\"alias\":\"bj_daxue\"}").status());
        assertEquals("phase1.notYours", Api.demo(base, "4111010001A1").put("api/me/phase1-alias", "{\"alias\":\"xy_yixiao\"}").json().getString("key"));
        var loaded = Api.demo(base, "sysadmin").get("api/phase1-register").json();
        assertEquals(3, loaded.getInt("accounts"));
        assertEquals(1, loaded.getInt("linked"));
        var trail = Api.demo(base, "auditadmin").get("api/audit?actor=2146000001A1&action=LOGIN_SUCCESS").body();
        assertTrue(trail.contains("phase-1 alias xy_yixiao"), trail);
        assertTrue(Api.demo(base, "auditadmin").get("api/audit?actor=2146000001A1&action=PHASE1_LINKED").body().contains("xy_yixiao"));

        // Unlinked, the old name signs in no more.
        Api school = Api.demo(base, "2146000001A1");
        assertEquals(200, Api.as(base, "xy_yixiao", Api.DEMO_PASSWORD).get("api/me").status());
        var unlinked = school.delete("api/me/phase1-alias");
        assertEquals(200, unlinked.status());
        assertTrue(!unlinked.body().contains("xy_yixiao"), unlinked.body());
        assertEquals(401, Api.as(base, "xy_yixiao", Api.DEMO_PASSWORD).get("api/me").status());

        // Linked again, then a new register no longer gives the name to the school: the link goes with it.
        assertEquals(200, school.put("api/me/phase1-alias", "{\"alias\":\"xy_yixiao\"}").status());
        var reload = Api.demo(base, "sysadmin").postBytes("api/phase1-register?name=phase1-2.csv",
                "phase1_username,school_code\nbj_daxue,4111010001\nxy_yixiao,2146000002\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, reload.status(), reload.toString());
        assertEquals(1, reload.json().getInt("unlinked"));
        assertEquals(401, Api.as(base, "xy_yixiao", Api.DEMO_PASSWORD).get("api/me").status());
    }
}

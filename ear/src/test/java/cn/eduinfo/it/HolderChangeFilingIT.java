package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new holder of a provincial authority's or an MoE university's account is filed with the CEEC,
 * whose staff (the security administrator) see and acknowledge it once, on 'Holder filings'; other
 * accounts' changes of holder, and a holder updating their own details, file nothing (DOMAIN.md, accounts).
 */
class HolderChangeFilingIT extends ItBase {

    private static String person(String name, String phone) {
        return "{\"realName\":\"" + name + "\",\"position\":\"科长\",\"phone\":\"" + phone + "\",\"email\":\"new.holder@example.cn\"}";
    }

    @Test
    void theCeecSeesAndAcknowledgesChangesOfHolderOfProvincialAndMoeUniversityAccountsOnly() {
        String base = base();
        assertEquals(200, Api.demo(base, "460000A1").put("api/me/personal-info", person("王芳", "0898-65238000")).status());
        assertEquals(200, Api.demo(base, "4111010001A1").put("api/me/personal-info", person("赵强", "010-62751234")).status());
        assertEquals(200, Api.demo(base, "460105A1").put("api/me/personal-info", person("陈静", "0898-68601234")).status());
        assertEquals(200, Api.demo(base, "460000R1").put("api/me/personal-info",
                person(Database.text("SELECT real_name FROM account WHERE username = '460000R1'"), "0898-65230000")).status());

        Api ceec = Api.demo(base, "secadmin");
        JsonArray filed = ceec.get("api/holder-filings").array();
        assertEquals(2, filed.size(), "the province's and the MoE university's, not the county's nor a holder's own update: " + filed);
        JsonObject province = filingOf(filed, "460000A1");
        assertEquals("王芳", province.getString("newHolder"));
        assertEquals(Database.text("SELECT h.real_name FROM account_holder h JOIN account a ON a.id = h.account_id"
                + " WHERE a.username = '460000A1' AND h.valid_to IS NOT NULL"), province.getString("previousHolder"));
        assertEquals("460000", province.getString("organisationCode"));
        assertEquals("赵强", filingOf(filed, "4111010001A1").getString("newHolder"));

        for (String other : new String[]{"460000A1", "sysadmin", "auditadmin"}) {
            assertEquals(403, Api.demo(base, other).get("api/holder-filings").status(), other);
        }
        long id = province.getJsonNumber("id").longValue();
        assertEquals(403, Api.demo(base, "000000A1").post("api/holder-filings/" + id + "/acknowledge", null).status());

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "secadmin", Api.DEMO_PASSWORD);
                assertTrue(browser.text("#nav-filings").endsWith("(2)"), browser.text("#nav-filings"));
                browser.click("#nav-filings");
                browser.waitForText("#filings\\:list", "王芳");
                assertTrue(browser.text("#filings\\:list").contains("赵强"));
                browser.screenshot("60-holder-filings");
                browser.click(".row-actions[data-id='" + id + "'] button");
                browser.waitForText("#messages", "已确认 460000A1");
                assertTrue(browser.text("#nav-filings").endsWith("(1)"), browser.text("#nav-filings"));
                browser.screenshot("61-holder-filing-acknowledged");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
        assertEquals("secadmin", filingOf(ceec.get("api/holder-filings").array(), "460000A1").getString("acknowledgedBy"));
        var again = ceec.inLanguage("zh-CN").post("api/holder-filings/" + id + "/acknowledge", null);
        assertEquals(400, again.status(), again.toString());
        assertEquals("account.filing.acknowledged", again.json().getString("key"));
        assertTrue(again.json().getString("message").contains("secadmin"), again.toString());

        JsonArray after = ceec.get("api/holder-filings").array();
        assertEquals("4111010001A1", after.getJsonObject(0).getString("username"), "the one still to acknowledge comes first");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'HOLDER_FILING_ACKNOWLEDGED' AND actor = 'secadmin'"));
    }

    /** A change of holder is recorded (第十四条), and the administrator who hands the account out sees who held it. */
    @Test
    void theAdministratorWhoHandsOutAnAccountSeesWhoHeldIt() {
        String base = base();
        String demoHolder = Database.text("SELECT real_name FROM account WHERE username = '460105A1'");
        assertEquals(200, Api.demo(base, "460105A1").put("api/me/personal-info", person("陈静", "0898-68601234")).status());
        String id = Database.text("SELECT id FROM account WHERE username = '460105A1'");
        List<JsonObject> holders = Api.demo(base, "460100A1").get("api/accounts/" + id + "/holders").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("陈静", demoHolder), holders.stream().map(h -> h.getString("realName")).toList(), "the present holder first");
        assertFalse(holders.get(0).containsKey("to"));
        assertEquals(holders.get(0).getString("from"), holders.get(1).getString("to"), "one held it until the next took it");
        assertEquals(403, Api.demo(base, "460106A1").get("api/accounts/" + id + "/holders").status(), "another county's administrator");

        Browser.as(base, "460100A1", browser -> {
            browser.click("#nav-accounts");
            browser.type("#accounts\\:list thead th:nth-child(2) input.ui-column-filter", "460105A1");
            assertEquals(1, Eventually.value(Duration.ofSeconds(20), Duration.ofMillis(200),
                    () -> browser.count("#accounts\\:list tbody tr"), n -> n == 1), "filtered to the county's administrator");
            browser.click("button.holders[data-username='460105A1']");
            browser.waitForText("#accounts\\:holders", "陈静");
            assertEquals(List.of("陈静", demoHolder), browser.texts("#accounts\\:holder-list tbody td:first-child"));
            browser.screenshot("62-account-holders");
        });
    }

    private static JsonObject filingOf(JsonArray filings, String username) {
        return filings.getValuesAs(JsonObject.class).stream().filter(f -> username.equals(f.getString("username"))).findFirst()
                .orElseThrow(() -> new AssertionError(username + " not filed: " + filings));
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AccountSlipsIT extends ItBase {

    @Test
    void slipsListEverySubordinateAccountWithAWorkingInitialPasswordForThoseNotHandedOut() throws IOException {
        String base = base();
        Api province = Api.demo(base, "460000A1");
        var reply = province.get("api/accounts/slips");
        assertEquals(200, reply.status(), reply.toString());

        List<String[]> rows = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("单位代码", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("初始密码", sheet.getRow(0).getCell(4).getStringCellValue());
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(new String[]{row.getCell(0).getStringCellValue(), row.getCell(3).getStringCellValue(), row.getCell(4).getStringCellValue()});
                }
            }
        }
        int expected = province.get("api/accounts").array().size();
        assertEquals(expected, rows.size(), "one slip per account of every direct subordinate");

        String[] prefectureAdmin = rows.stream().filter(r -> r[1].equals("460100A1")).findFirst().orElseThrow();
        assertEquals("", prefectureAdmin[2], "an account in use gets no password on its slip");

        String[] fresh = rows.stream().filter(r -> r[1].equals("460200R1")).findFirst().orElseThrow();
        assertEquals("460200", fresh[0]);
        assertTrue(fresh[2].length() >= 8, "a fresh account gets an initial password");
        var me = Api.as(base, "460200R1", fresh[2]).get("api/me");
        assertEquals(200, me.status(), "the slip's password opens the account");
        assertTrue(me.json().getBoolean("mustChangePassword"));

        // A province's HEIs are its direct subordinates too.
        assertTrue(rows.stream().anyMatch(r -> r[1].equals("4146010589A1")));
        var trail = Api.demo(base, "auditadmin").get("api/audit?actor=460000A1");
        assertTrue(trail.body().contains("ACCOUNT_SLIPS_EXPORTED"), trail.toString());
    }

    @Test
    void theSecurityAdministratorFindsAnyOrganisationAccountByUserNameOrOrganisation() {
        String base = base();
        Api security = Api.demo(base, "secadmin");
        assertEquals(List.of("460105A1", "460105I1", "460105R1"), usernames(security.get("api/accounts?q=460105").array()),
                "by the organisation's code and the user names' start; the county's schools have their own codes");
        assertTrue(usernames(security.get("api/accounts?q=" + Api.q("海南大学")).array()).contains("4146010589A1"), "by a part of the name");
        assertEquals(List.of("2146000001A1"), usernames(security.get("api/accounts?q=2146000001a").array()), "user names in any case");
        assertEquals(0, security.get("api/accounts?q=" + Api.q("4_0%")).array().size(), "wildcards are taken literally");
        var tooShort = security.inLanguage("zh-CN").get("api/accounts?q=4");
        assertEquals(400, tooShort.status(), tooShort.toString());
        assertEquals("account.search.tooShort", tooShort.json().getString("key"));
        assertEquals(403, Api.demo(base, "460000A1").get("api/accounts?q=460105").status(), "administrators see their subordinates only");

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "secadmin", Api.DEMO_PASSWORD);
                browser.click("#nav-accounts");
                browser.type("#accounts\\:query", "460105");
                browser.click("#accounts\\:find");
                browser.waitForText("#accounts\\:list", "460105R1");
                browser.screenshot("62-security-admin-finds-accounts");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    private static List<String> usernames(jakarta.json.JsonArray accounts) {
        return accounts.getValuesAs(jakarta.json.JsonObject.class).stream().map(a -> a.getString("username")).sorted().toList();
    }
}

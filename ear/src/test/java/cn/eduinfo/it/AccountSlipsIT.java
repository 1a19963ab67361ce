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
}

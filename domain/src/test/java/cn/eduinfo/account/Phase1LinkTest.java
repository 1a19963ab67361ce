package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phase-1 register's file and who may link an account to a phase-1 one (notice §1(1)). */
class Phase1LinkTest {

    private static final Instant NOW = Instant.parse("2027-01-04T02:00:00Z");
    private static final String HEADER = "phase1_username,school_code\n";

    private final Organisation moe = Organisation.moe("教育部");
    private final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, hainan);
    private final Organisation school = Organisation.school("2146000001", "秀英区第一小学", OrgKind.SCHOOL, xiuying, "460105");
    private final Organisation hei = Organisation.school("4146010589", "海南大学", OrgKind.HEI, hainan, "460100");

    private static Phase1Register.Parsed read(String text) {
        return Phase1Register.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keys(Phase1Register.Parsed parsed) {
        return parsed.problems().stream().map(p -> p.line() + " " + p.key()).toList();
    }

    @Test
    void aGoodFileListsEveryAccountWithItsSchool() {
        Phase1Register.Parsed parsed = read("\uFEFF" + HEADER + "xy_yixiao,2146000001\n\nhnu.admin , 4146010589\n");
        assertTrue(parsed.isAccepted());
        assertEquals(List.of(new Phase1Register.Entry("xy_yixiao", "2146000001"), new Phase1Register.Entry("hnu.admin", "4146010589")),
                parsed.entries());
    }

    @Test
    void aGbkFileIsReadAsWell() {
        byte[] gbk = ("phase1_username,school_code\n秀英一小,2146000001\n").getBytes(Charset.forName("GBK"));
        Phase1Register.Parsed parsed = Phase1Register.read(gbk);
        // Chinese characters are not among phase 1's: the file is read, and its line refused as such.
        assertEquals(List.of("2 phase1.line.username"), keys(parsed));
        assertEquals("秀英一小", parsed.problems().get(0).args().get(0));
    }

    @Test
    void everyBadLineIsNamedAndNothingIsAccepted() {
        Phase1Register.Parsed parsed = read(HEADER + "ok_one,2146000001\n"
                + "only_one_column\n"
                + "bad name,2146000001\n"
                + "2146000001A1,2146000001\n"
                + "ok_two,21460001\n"
                + "ok_one,2146000002\n"
                + "\"ok_three,2146000003\n");
        assertEquals(List.of("3 phase1.line.columns", "4 phase1.line.username", "5 phase1.line.username",
                "6 phase1.line.schoolCode", "7 phase1.line.duplicate", "8 phase1.line.columns"), keys(parsed));
        assertEquals(List.of("ok_one", "2"), parsed.problems().get(4).args());
        assertFalse(parsed.isAccepted());
        assertTrue(parsed.entries().isEmpty());
    }

    @Test
    void aFileWithoutItsHeaderOrLinesOrReadableTextIsRefusedWhole() {
        assertEquals(List.of("1 phase1.file.header"), keys(read("username,code\nok_one,2146000001\n")));
        assertEquals(List.of("0 phase1.file.empty"), keys(read(HEADER)));
        assertEquals(List.of("0 phase1.file.empty"), keys(read("\n\n")));
        assertEquals(List.of("0 phase1.file.encoding"), keys(Phase1Register.read(new byte[]{(byte) 0x81, 0x20})));
    }

    @Test
    void aSchoolsAdministratorLinksOnlyThePhase1AccountOfItsOwnSchool() {
        Account admin = Account.generated(school, Role.ADMINISTRATOR, NOW);
        DomainException other = assertThrows(DomainException.class,
                () -> admin.linkPhase1(new Phase1Account(new Phase1Register.Entry("hnu.admin", "4146010589"))));
        assertEquals("phase1.notYours", other.key());
        assertNull(admin.getPhase1Alias());

        admin.linkPhase1(new Phase1Account(new Phase1Register.Entry("xy_yixiao", "2146000001")));
        assertEquals("xy_yixiao", admin.getPhase1Alias());
        admin.unlinkPhase1();
        assertNull(admin.getPhase1Alias());
        assertEquals("phase1.notLinked", assertThrows(DomainException.class, admin::unlinkPhase1).key());
    }

    @Test
    void onlySchoolAdministratorsHavePhase1Accounts() {
        assertTrue(Account.generated(hei, Role.ADMINISTRATOR, NOW).mayLinkPhase1());
        assertFalse(Account.generated(hei, Role.REVIEWER, NOW).mayLinkPhase1());
        Account county = Account.generated(xiuying, Role.ADMINISTRATOR, NOW);
        assertFalse(county.mayLinkPhase1());
        assertEquals("phase1.notSchoolAdministrator", assertThrows(DomainException.class,
                () -> county.linkPhase1(new Phase1Account(new Phase1Register.Entry("xiuying", "460105")))).key());
    }

    @Test
    void aPhase2NameIsNeverAnAlias() {
        assertFalse(Phase1Register.isAlias("460105A1"));
        assertFalse(Phase1Register.isAlias("2146000001R1"));
        assertTrue(Phase1Register.isAlias("hk_2146000001"));
        assertFalse(Phase1Register.isAlias("x"));
        assertFalse(Phase1Register.isAlias(null));
    }
}

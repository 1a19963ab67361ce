package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which changes of holder are filed with the CEEC, and their acknowledgement (DOMAIN.md, accounts). */
class HolderFilingTest {

    private static final Instant NOW = Instant.parse("2027-01-04T02:00:00Z");
    private static final PersonalInfo NEW_HOLDER = new PersonalInfo("王芳", "科长", "0898-65238000", "wangfang@example.cn");

    private final Organisation moe = Organisation.moe("教育部");
    private final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    private final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
    private final Organisation moeUniversity = Organisation.school("4111010001", "某部属大学", OrgKind.HEI, moe, "110108");
    private final Organisation provincialHei = Organisation.school("4146010589", "海南大学", OrgKind.HEI, hainan, "460100");
    private final Organisation school = Organisation.school("2146000001", "秀英区第一小学", OrgKind.SCHOOL, xiuying, "460105");

    private static HolderFiling filed(Organisation unit, Role role) {
        return HolderFiling.ofChange(Account.generated(unit, role, NOW), "李明", NEW_HOLDER, NOW)
                .orElseThrow(() -> new AssertionError(unit.getCode() + " not filed"));
    }

    private static boolean isFiled(Organisation unit, Role role) {
        return HolderFiling.ofChange(Account.generated(unit, role, NOW), "李明", NEW_HOLDER, NOW).isPresent();
    }

    @Test
    void everyAccountOfAProvincialAuthorityIsFiled() {
        for (Role role : AccountRules.rolesFor(OrgKind.PROVINCE)) {
            assertTrue(isFiled(hainan, role), role.name());
        }
    }

    @Test
    void anMoeUniversitysAccountIsFiled() {
        HolderFiling filing = filed(moeUniversity, Role.ADMINISTRATOR);

        assertEquals("李明", filing.getPreviousHolder());
        assertEquals("王芳", filing.getNewHolder());
        assertEquals("wangfang@example.cn", filing.getNewEmail());
        assertEquals(NOW, filing.getFiledAt());
        assertFalse(filing.isAcknowledged());
    }

    @Test
    void otherAccountsAreNot() {
        assertFalse(isFiled(haikou, Role.ADMINISTRATOR));
        assertFalse(isFiled(xiuying, Role.REVIEWER));
        assertFalse(isFiled(provincialHei, Role.ADMINISTRATOR), "a provincial HEI is the province's to know");
        assertFalse(isFiled(school, Role.ADMINISTRATOR));
    }

    @Test
    void theCeecAcknowledgesAFilingOnce() {
        HolderFiling filing = filed(hainan, Role.ADMINISTRATOR);

        filing.acknowledge("secadmin", NOW.plusSeconds(60));

        assertTrue(filing.isAcknowledged());
        assertEquals("secadmin", filing.getAcknowledgedBy());
        DomainException again = assertThrows(DomainException.class, () -> filing.acknowledge("secadmin2", NOW.plusSeconds(120)));
        assertEquals("account.filing.acknowledged", again.key());
        assertEquals("secadmin", filing.getAcknowledgedBy());
    }
}

package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The platform staff's own accounts: who manages which, their names, and the last account of a desk. */
class PlatformStaffTest {

    private static final Instant NOW = Instant.parse("2027-01-04T02:00:00Z");
    private final Organisation moe = Organisation.moe("教育部");
    private final Account sysadmin = Account.platform("sysadmin", Role.SYSTEM_ADMIN, moe, NOW);
    private final Account secadmin = Account.platform("secadmin", Role.SECURITY_ADMIN, moe, NOW);
    private final Account secadmin2 = Account.platform("secadmin2", Role.SECURITY_ADMIN, moe, NOW);
    private final Account auditadmin = Account.platform("auditadmin", Role.AUDIT_ADMIN, moe, NOW);

    @Test
    void theSecurityAdministratorManagesTheSystemAndAuditDesksNeverItsOwn() {
        assertTrue(PlatformStaff.mayManage(secadmin, sysadmin));
        assertTrue(PlatformStaff.mayManage(secadmin, auditadmin));
        assertFalse(PlatformStaff.mayManage(secadmin, secadmin2), "another security administrator: its own desk");
        assertFalse(PlatformStaff.mayManage(secadmin, secadmin));
        assertFalse(PlatformStaff.managesDesk(Role.SECURITY_ADMIN, Role.SECURITY_ADMIN), "nor adds one");
    }

    @Test
    void theSystemAdministratorManagesTheSecurityDeskOnly() {
        assertTrue(PlatformStaff.mayManage(sysadmin, secadmin));
        assertTrue(PlatformStaff.managesDesk(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN));
        assertFalse(PlatformStaff.mayManage(sysadmin, auditadmin));
        assertFalse(PlatformStaff.mayManage(sysadmin, sysadmin));
        assertFalse(PlatformStaff.managesDesk(Role.SYSTEM_ADMIN, Role.SYSTEM_ADMIN));
        assertFalse(PlatformStaff.mayManage(auditadmin, secadmin), "the auditor only reads");
        assertFalse(PlatformStaff.managesDesk(Role.AUDIT_ADMIN, Role.AUDIT_ADMIN));
    }

    @Test
    void organisationAccountsAreNotPlatformStaff() {
        Organisation province = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
        assertFalse(PlatformStaff.mayManage(secadmin, Account.generated(province, Role.ADMINISTRATOR, NOW)));
    }

    @Test
    void namesAreLowerCaseAndNeverAnOrganisationAccountsShape() {
        assertDoesNotThrow(() -> PlatformStaff.checkUsername("auditadmin2"));
        assertDoesNotThrow(() -> PlatformStaff.checkUsername("ceec.wang"));
        for (String bad : new String[]{"460105A1", "ab", "Sysadmin2", "审计员", "x y z", null}) {
            assertEquals("platform.username.invalid", assertThrows(DomainException.class, () -> PlatformStaff.checkUsername(bad)).key(), bad);
        }
    }

    @Test
    void aDeskKeepsOneEnabledAccount() {
        assertEquals("platform.lastOfRole", assertThrows(DomainException.class, () -> PlatformStaff.checkDisable(auditadmin, 1)).key());
        assertDoesNotThrow(() -> PlatformStaff.checkDisable(auditadmin, 2));
        auditadmin.setEnabled(false);
        assertDoesNotThrow(() -> PlatformStaff.checkDisable(auditadmin, 1), "one already disabled: nothing to refuse");
    }
}

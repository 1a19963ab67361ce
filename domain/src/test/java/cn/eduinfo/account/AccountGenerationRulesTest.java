package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which accounts each organisation gets (第八条, 第十三条) and how they are named. */
class AccountGenerationRulesTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final Organisation moe = Organisation.moe("教育部");
    private final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    private final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);

    @ParameterizedTest
    @EnumSource(value = OrgKind.class, names = {"MOE", "PROVINCE", "PREFECTURE", "COUNTY", "HEI"})
    void authoritiesAndHeisGetAllThreeRoles(OrgKind kind) {
        List<Role> roles = AccountRules.rolesFor(kind);
        assertEquals(3, roles.size());
        assertEquals(Set.of(Role.ADMINISTRATOR, Role.REVIEWER, Role.INSPECTOR), Set.copyOf(roles));
        assertTrue(kind.hasReviewer());
    }

    @ParameterizedTest
    @EnumSource(value = OrgKind.class, names = {"SCHOOL", "TEACHING_POINT"})
    void schoolsAndTeachingPointsGetAnAdministratorOnly(OrgKind kind) {
        assertEquals(List.of(Role.ADMINISTRATOR), AccountRules.rolesFor(kind));
        assertFalse(kind.hasReviewer());
    }

    @ParameterizedTest
    @EnumSource(OrgKind.class)
    void noOrganisationGetsAPlatformRole(OrgKind kind) {
        assertTrue(AccountRules.rolesFor(kind).stream().noneMatch(Role::isPlatform));
    }

    @Test
    void usernamesAreCodePlusSuffix() {
        assertEquals("460100A1", Role.ADMINISTRATOR.usernameFor("460100"));
        assertEquals("460100R1", Role.REVIEWER.usernameFor("460100"));
        assertEquals("460100I1", Role.INSPECTOR.usernameFor("460100"));
        assertEquals("2146000001A1", Role.ADMINISTRATOR.usernameFor("2146000001"));
    }

    @Test
    void platformRolesHaveNoGeneratedUsername() {
        for (Role r : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertTrue(r.isPlatform());
            assertThrows(IllegalStateException.class, () -> r.usernameFor("000000"));
        }
        assertFalse(Role.ADMINISTRATOR.isPlatform());
        assertFalse(Role.REVIEWER.isPlatform());
        assertFalse(Role.INSPECTOR.isPlatform());
    }

    @Test
    void everyRoleOfAnAuthorityIsGeneratedWithItsUsername() {
        for (Organisation org : List.of(moe, hainan, haikou, xiuying)) {
            for (Role role : AccountRules.rolesFor(org.getKind())) {
                Account a = Account.generated(org, role, NOW);
                assertEquals(role.usernameFor(org.getCode()), a.getUsername());
                assertEquals(org.getCode() + switch (role) {
                    case ADMINISTRATOR -> "A1";
                    case REVIEWER -> "R1";
                    case INSPECTOR -> "I1";
                    default -> throw new AssertionError(role);
                }, a.getUsername());
                assertEquals(role, a.getRole());
                assertSame(org, a.getOrganisation());
                assertEquals(NOW, a.getCreatedAt());
            }
        }
    }

    @Test
    void aGeneratedAccountHasNoPasswordYetAndMustBeSetUp() {
        Account a = Account.generated(hainan, Role.REVIEWER, NOW);
        assertFalse(a.isHandedOut());
        assertTrue(a.isMustChangePassword());
        assertTrue(a.needsFirstLoginSetup());
        assertTrue(a.isEnabled());
        assertEquals(0, a.getFailedAttempts());
        assertNull(a.getLockedUntil());
        assertTrue(a.getHolders().isEmpty());
        assertNull(a.getPersonalInfo().getRealName());
    }

    @Test
    void anHeiGetsThreeAccounts() {
        Organisation pku = Organisation.school("4111010001", "北京大学", OrgKind.HEI, moe, "110108");
        assertEquals("4111010001R1", Account.generated(pku, Role.REVIEWER, NOW).getUsername());
        assertEquals("4111010001I1", Account.generated(pku, Role.INSPECTOR, NOW).getUsername());
        assertEquals("4111010001A1", Account.generated(pku, Role.ADMINISTRATOR, NOW).getUsername());
    }

    @Test
    void aSchoolGetsAnAdministratorAndIsRefusedOtherRoles() {
        Organisation school = Organisation.school("2146000001", "秀英小学", OrgKind.SCHOOL, xiuying, "460105");
        assertEquals("2146000001A1", Account.generated(school, Role.ADMINISTRATOR, NOW).getUsername());
        assertThrows(IllegalArgumentException.class, () -> Account.generated(school, Role.REVIEWER, NOW));
        assertThrows(IllegalArgumentException.class, () -> Account.generated(school, Role.INSPECTOR, NOW));
    }

    @Test
    void aTeachingPointIsRefusedReviewerAndInspector() {
        Organisation point = Organisation.school("2146000002", "教学点", OrgKind.TEACHING_POINT, xiuying, "460105");
        assertEquals("2146000002A1", Account.generated(point, Role.ADMINISTRATOR, NOW).getUsername());
        assertThrows(IllegalArgumentException.class, () -> Account.generated(point, Role.REVIEWER, NOW));
        assertThrows(IllegalArgumentException.class, () -> Account.generated(point, Role.INSPECTOR, NOW));
    }

    @Test
    void generatedRefusesPlatformRoles() {
        assertThrows(IllegalArgumentException.class, () -> Account.generated(moe, Role.SYSTEM_ADMIN, NOW));
        assertThrows(IllegalArgumentException.class, () -> Account.generated(hainan, Role.AUDIT_ADMIN, NOW));
    }

    @Test
    void platformAccountsTakeOnlyPlatformRoles() {
        Account sec = Account.platform("ceec-security", Role.SECURITY_ADMIN, moe, NOW);
        assertEquals("ceec-security", sec.getUsername());
        assertEquals(Role.SECURITY_ADMIN, sec.getRole());
        for (Role r : List.of(Role.ADMINISTRATOR, Role.REVIEWER, Role.INSPECTOR)) {
            assertThrows(IllegalArgumentException.class, () -> Account.platform("someone", r, moe, NOW));
        }
    }
}

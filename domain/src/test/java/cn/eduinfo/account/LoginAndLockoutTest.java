package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, lock-out after repeated failures, forced password change and first-login setup. */
class LoginAndLockoutTest {

    private static final Instant T0 = Instant.parse("2025-04-01T01:00:00Z");
    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;
    private static final String NEW_PASSWORD = "Haikou#2025go";

    private Account account;
    private String initial;

    @BeforeEach
    void setUp() {
        Organisation moe = Organisation.moe("教育部");
        Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
        Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
        account = Account.generated(haikou, Role.ADMINISTRATOR, T0);
        initial = account.issueInitialPassword();
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void defaultPolicyIsFiveFailuresFifteenMinutes() {
        assertEquals(5, POLICY.maxFailures());
        assertEquals(Duration.ofMinutes(15), POLICY.lockFor());
    }

    @Test
    void theInitialPasswordLogsIn() {
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(1), POLICY));
        assertEquals(0, account.getFailedAttempts());
        assertTrue(account.isMustChangePassword());
    }

    @Test
    void aWrongPasswordIsBadCredentialsAndCounted() {
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("wrong", at(1), POLICY));
        assertEquals(1, account.getFailedAttempts());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin(null, at(2), POLICY));
        assertEquals(2, account.getFailedAttempts());
    }

    @Test
    void successResetsTheFailureCount() {
        account.attemptLogin("wrong", at(1), POLICY);
        account.attemptLogin("wrong", at(2), POLICY);
        assertEquals(2, account.getFailedAttempts());
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(3), POLICY));
        assertEquals(0, account.getFailedAttempts());
    }

    @Test
    void fourFailuresThenSuccessIsAllowed() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("wrong" + i, at(i), POLICY));
        }
        assertFalse(account.isLocked(at(5)));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(5), POLICY));
        assertEquals(0, account.getFailedAttempts());
    }

    @Test
    void failuresSeparatedBySuccessDoNotLock() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("wrong", at(round * 10 + i), POLICY));
            }
            assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(round * 10 + 5), POLICY));
        }
        assertNull(account.getLockedUntil());
    }

    @Test
    void fiveConsecutiveFailuresLockAndTheRightPasswordIsRefusedWhileLocked() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("wrong", at(i), POLICY));
        }
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin("wrong", at(5), POLICY));
        assertEquals(at(5).plus(POLICY.lockFor()), account.getLockedUntil());
        assertTrue(account.isLocked(at(6)));

        assertEquals(LoginOutcome.LOCKED, account.attemptLogin(initial, at(6), POLICY));
        Instant justBeforeUnlock = at(5).plus(POLICY.lockFor()).minusMillis(1);
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin(initial, justBeforeUnlock, POLICY));
        assertTrue(account.isLocked(justBeforeUnlock));
    }

    @Test
    void afterTheLockRunsOutTheRightPasswordWorksAgain() {
        for (int i = 1; i <= 5; i++) {
            account.attemptLogin("wrong", at(i), POLICY);
        }
        Instant unlocked = at(5).plus(POLICY.lockFor());
        assertFalse(account.isLocked(unlocked));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, unlocked, POLICY));
        assertEquals(0, account.getFailedAttempts());
        assertNull(account.getLockedUntil());
    }

    @Test
    void afterTheLockRunsOutTheCountStartsAfresh() {
        for (int i = 1; i <= 5; i++) {
            account.attemptLogin("wrong", at(i), POLICY);
        }
        Instant later = at(5).plus(POLICY.lockFor()).plusSeconds(60);
        // One more failure must not lock again immediately.
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("wrong", later, POLICY));
        assertEquals(1, account.getFailedAttempts());
        assertFalse(account.isLocked(later.plusSeconds(1)));
    }

    @Test
    void aCustomPolicyIsHonoured() {
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofHours(1));
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("wrong", at(1), strict));
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin("wrong", at(2), strict));
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin(initial, at(2).plus(Duration.ofMinutes(59)), strict));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(2).plus(Duration.ofHours(1)), strict));
    }

    @Test
    void reissuingTheInitialPasswordClearsALock() {
        for (int i = 1; i <= 5; i++) {
            account.attemptLogin("wrong", at(i), POLICY);
        }
        assertTrue(account.isLocked(at(6)));
        String reset = account.issueInitialPassword();
        assertFalse(account.isLocked(at(6)));
        assertEquals(0, account.getFailedAttempts());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin(initial, at(7), POLICY));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(reset, at(8), POLICY));
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithTheRightPassword() {
        account.setEnabled(false);
        assertFalse(account.isEnabled());
        assertEquals(LoginOutcome.DISABLED, account.attemptLogin(initial, at(1), POLICY));
        assertEquals(0, account.getFailedAttempts());
        account.setEnabled(true);
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(2), POLICY));
    }

    @Test
    void anAccountNeverIssuedIsNotIssued() {
        Organisation moe = Organisation.moe("教育部");
        Account fresh = Account.generated(moe, Role.INSPECTOR, T0);
        assertEquals(LoginOutcome.NOT_ISSUED, fresh.attemptLogin("anything", at(1), POLICY));
        assertEquals(LoginOutcome.NOT_ISSUED, fresh.attemptLogin(null, at(2), POLICY));
        assertFalse(fresh.isHandedOut());
    }

    @Test
    void outcomesCarryMessageKeys() {
        assertEquals("login.locked", LoginOutcome.LOCKED.messageKey());
        assertEquals("login.notIssued", LoginOutcome.NOT_ISSUED.messageKey());
    }

    @Test
    void changePasswordRequiresTheCurrentPassword() {
        DomainException e = assertThrows(DomainException.class, () -> account.changePassword("wrong", NEW_PASSWORD));
        assertEquals("password.currentWrong", e.key());
        assertTrue(account.isMustChangePassword());
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(1), POLICY));
    }

    @Test
    void changePasswordOnANeverIssuedAccountIsCurrentWrong() {
        Account fresh = Account.generated(Organisation.moe("教育部"), Role.INSPECTOR, T0);
        DomainException e = assertThrows(DomainException.class, () -> fresh.changePassword(null, NEW_PASSWORD));
        assertEquals("password.currentWrong", e.key());
    }

    @Test
    void changePasswordRefusesTheSamePassword() {
        DomainException e = assertThrows(DomainException.class, () -> account.changePassword(initial, initial));
        assertEquals("password.sameAsCurrent", e.key());
    }

    @Test
    void changePasswordRefusesPolicyViolationsWithTheirKeys() {
        assertEquals("password.tooShort",
                assertThrows(DomainException.class, () -> account.changePassword(initial, "Ab1!")).key());
        assertEquals("password.tooShort",
                assertThrows(DomainException.class, () -> account.changePassword(initial, null)).key());
        assertEquals("password.tooShort",
                assertThrows(DomainException.class, () -> account.changePassword(initial, "")).key());
        assertEquals("password.tooSimple",
                assertThrows(DomainException.class, () -> account.changePassword(initial, "abcdefghijk")).key());
        assertEquals("password.tooLong",
                assertThrows(DomainException.class, () -> account.changePassword(initial, "Aa1!" + "x".repeat(61))).key());
        assertEquals("password.containsUsername",
                assertThrows(DomainException.class, () -> account.changePassword(initial, "Xx!460100a1")).key());
        // Nothing changed: the initial password still works and must still be changed.
        assertTrue(account.isMustChangePassword());
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(initial, at(1), POLICY));
    }

    @Test
    void changePasswordReplacesThePasswordAndClearsMustChange() {
        account.changePassword(initial, NEW_PASSWORD);
        assertFalse(account.isMustChangePassword());
        assertTrue(account.isHandedOut());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin(initial, at(1), POLICY));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(NEW_PASSWORD, at(2), POLICY));
    }

    @Test
    void issuingAnInitialPasswordForcesAChangeAgain() {
        account.changePassword(initial, NEW_PASSWORD);
        assertFalse(account.isMustChangePassword());
        account.issueInitialPassword();
        assertTrue(account.isMustChangePassword());
        assertFalse(account.isHandedOut());
    }

    @Test
    void needsFirstLoginSetupUntilPasswordChangedAndPersonalInfoComplete() {
        assertTrue(account.needsFirstLoginSetup());

        account.changePassword(initial, NEW_PASSWORD);
        assertTrue(account.needsFirstLoginSetup(), "personal information still missing");

        account.recordPersonalInfo(new PersonalInfo("王芳", "科长", "0898-66666666", "wangfang@example.cn"), at(10));
        assertFalse(account.needsFirstLoginSetup());
    }

    @Test
    void personalInfoAloneIsNotEnoughForFirstLoginSetup() {
        account.recordPersonalInfo(new PersonalInfo("王芳", "科长", "0898-66666666", "wangfang@example.cn"), at(10));
        assertTrue(account.needsFirstLoginSetup(), "password not yet changed");
        account.changePassword(initial, NEW_PASSWORD);
        assertFalse(account.needsFirstLoginSetup());
    }

    @Test
    void platformAccountsNeedOnlyThePasswordChange() {
        Account sec = Account.platform("ceec-security", Role.SECURITY_ADMIN, Organisation.moe("教育部"), T0);
        String p = sec.issueInitialPassword();
        assertTrue(sec.needsFirstLoginSetup());
        sec.changePassword(p, NEW_PASSWORD);
        assertFalse(sec.needsFirstLoginSetup());
    }

    @Test
    void knownDemoPasswordIsNotForcedToChange() {
        account.setKnownPassword(NEW_PASSWORD);
        assertFalse(account.isMustChangePassword());
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(NEW_PASSWORD, at(1), POLICY));
    }
}

package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The security administrator's policy: its bounds, and what it changes in logins and passwords. */
class SecurityPolicyTest {

    private static final Instant NOW = Instant.parse("2027-01-04T02:00:00Z");

    @Test
    void everyValueStaysWithinItsBounds() {
        new SecurityPolicy(3, 5, 8, 5).checked();
        new SecurityPolicy(10, 1440, 32, 120).checked();
        assertRefused("policy.maxFailures.range", List.of(3, 10, 0), new SecurityPolicy(0, 15, 8, 30));
        assertRefused("policy.maxFailures.range", List.of(3, 10, 11), new SecurityPolicy(11, 15, 8, 30));
        assertRefused("policy.lockMinutes.range", List.of(5, 1440, 4), new SecurityPolicy(5, 4, 8, 30));
        assertRefused("policy.minPasswordLength.range", List.of(8, 32, 6), new SecurityPolicy(5, 15, 6, 30));
        assertRefused("policy.idleMinutes.range", List.of(5, 120, 121), new SecurityPolicy(5, 15, 8, 121));
    }

    private static void assertRefused(String key, List<Object> args, SecurityPolicy policy) {
        DomainException e = assertThrows(DomainException.class, policy::checked);
        assertEquals(key, e.key());
        assertEquals(args, e.args());
    }

    @Test
    void theLockOutFollowsThePolicy() {
        Account account = Account.platform("secadmin", Role.SECURITY_ADMIN, Organisation.moe("教育部"), NOW);
        account.setKnownPassword("Known#2026");
        LockoutPolicy three = new SecurityPolicy(3, 60, 8, 30).lockout();
        assertEquals(Duration.ofMinutes(60), three.lockFor());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("x", NOW, three));
        assertEquals(LoginOutcome.BAD_CREDENTIALS, account.attemptLogin("x", NOW, three));
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin("x", NOW, three));
        assertEquals(LoginOutcome.LOCKED, account.attemptLogin("Known#2026", NOW.plus(Duration.ofMinutes(59)), three));
        assertEquals(LoginOutcome.SUCCESS, account.attemptLogin("Known#2026", NOW.plus(Duration.ofMinutes(60)), three));
    }

    @Test
    void aLongerMinimumRefusesShorterPasswordsAndSaysHowLong() {
        Account account = Account.platform("secadmin", Role.SECURITY_ADMIN, Organisation.moe("教育部"), NOW);
        account.setKnownPassword("Known#2026");
        DomainException shortOne = assertThrows(DomainException.class, () -> account.changePassword("Known#2026", "Abcd#1234", 12));
        assertEquals("password.tooShort", shortOne.key());
        assertEquals(List.of(12), shortOne.args());
        account.changePassword("Known#2026", "Abcd#1234567", 12);
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("Abc#123", null, 4), "never below 8");
    }
}

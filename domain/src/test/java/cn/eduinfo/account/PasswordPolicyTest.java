package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ≥ 8 characters, ≤ 64, three of four classes, not containing the user name; and the hasher. */
class PasswordPolicyTest {

    private static final String USER = "460100A1";

    @Test
    void aGoodPasswordPasses() {
        assertEquals(List.of(), PasswordPolicy.violations("Tr0ub4dor&3", USER));
        assertEquals(List.of(), PasswordPolicy.violations("abcdEF12", USER)); // exactly 8, three classes
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ab1!", "Ab1!xyz"})
    void shorterThanEightIsTooShort(String candidate) {
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations(candidate, USER));
    }

    @Test
    void nullIsTooShort() {
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations(null, USER));
    }

    @Test
    void overSixtyFourIsTooLong() {
        String ok64 = "Aa1!" + "x".repeat(60);
        assertEquals(64, ok64.length());
        assertEquals(List.of(), PasswordPolicy.violations(ok64, USER));
        String long65 = ok64 + "y";
        assertEquals(List.of("password.tooLong"), PasswordPolicy.violations(long65, USER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghij", "ABCDEFGHIJ", "1234567890", "abcdefgh12", "ABCDEFGH!!", "abcdABCDEF", "12345678!@"})
    void fewerThanThreeClassesIsTooSimple(String candidate) {
        assertEquals(List.of("password.tooSimple"), PasswordPolicy.violations(candidate, USER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdEFGH1", "abcdefgh1!", "ABCDEFGH1!", "abcdEFGH!"})
    void anyThreeClassesAreEnough(String candidate) {
        assertEquals(List.of(), PasswordPolicy.violations(candidate, USER));
    }

    @Test
    void classesAreCounted() {
        assertEquals(1, PasswordPolicy.classes("aaaa"));
        assertEquals(2, PasswordPolicy.classes("aA"));
        assertEquals(3, PasswordPolicy.classes("aA1"));
        assertEquals(4, PasswordPolicy.classes("aA1!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X!460100A1", "x!460100a1", "460100a1#Zz", "Pre460100A1post"})
    void containingTheUsernameCaseInsensitivelyIsRefused(String candidate) {
        assertTrue(PasswordPolicy.violations(candidate, USER).contains("password.containsUsername"), candidate);
    }

    @Test
    void containingOnlyPartOfTheUsernameIsFine() {
        assertEquals(List.of(), PasswordPolicy.violations("X!460100B2", USER));
    }

    @Test
    void severalRulesAreAllReported() {
        // 65 lower-case letters containing the username (lower-cased letters and digits only → 2 classes).
        String candidate = "460100a1" + "z".repeat(57);
        assertEquals(65, candidate.length());
        assertEquals(List.of("password.tooLong", "password.tooSimple", "password.containsUsername"),
                PasswordPolicy.violations(candidate, USER));
    }

    @Test
    void nullUsernameSkipsTheUsernameRule() {
        assertEquals(List.of(), PasswordPolicy.violations("Tr0ub4dor&3", null));
    }

    @Test
    void hashAndMatchesRoundTrip() {
        String stored = PasswordHasher.hash("Tr0ub4dor&3");
        assertTrue(stored.startsWith("PBKDF2-SHA256:"));
        assertEquals(4, stored.split(":").length);
        assertFalse(stored.contains("Tr0ub4dor&3"));
        assertTrue(PasswordHasher.matches("Tr0ub4dor&3", stored));
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        String stored = PasswordHasher.hash("Tr0ub4dor&3");
        assertFalse(PasswordHasher.matches("Tr0ub4dor&4", stored));
        assertFalse(PasswordHasher.matches("tr0ub4dor&3", stored));
        assertFalse(PasswordHasher.matches("", stored));
        assertFalse(PasswordHasher.matches(null, stored));
    }

    @Test
    void hashesAreSalted() {
        String a = PasswordHasher.hash("Tr0ub4dor&3");
        String b = PasswordHasher.hash("Tr0ub4dor&3");
        assertNotEquals(a, b);
        assertTrue(PasswordHasher.matches("Tr0ub4dor&3", a));
        assertTrue(PasswordHasher.matches("Tr0ub4dor&3", b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "PBKDF2-SHA256:60000:abc", "MD5:60000:c2FsdA==:aGFzaA==",
            "PBKDF2-SHA256:notanumber:c2FsdHNhbHRzYWx0:aGFzaA==", "PBKDF2-SHA256:60000:!!!:###",
            "PBKDF2-SHA256:0:c2FsdHNhbHRzYWx0:aGFzaA==", "PBKDF2-SHA256:-5:c2FsdHNhbHRzYWx0:aGFzaA==",
            "PBKDF2-SHA256:60000::aGFzaA==", "PBKDF2-SHA256:60000:c2FsdHNhbHRzYWx0:aGFzaA==:extra"})
    void malformedStoredHashNeverMatchesAndDoesNotThrow(String stored) {
        assertFalse(PasswordHasher.matches("Tr0ub4dor&3", stored));
    }

    @Test
    void nullStoredHashNeverMatches() {
        assertFalse(PasswordHasher.matches("Tr0ub4dor&3", null));
    }

    @Test
    void initialPasswordAlwaysSatisfiesThePolicy() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = PasswordHasher.initialPassword();
            assertEquals(List.of(), PasswordPolicy.violations(p, USER), p);
            assertEquals(List.of(), PasswordPolicy.violations(p, "2146000001A1"), p);
            assertTrue(p.length() >= PasswordPolicy.MIN_LENGTH && p.length() <= PasswordPolicy.MAX_LENGTH, p);
            // Unambiguous on a printed slip: none of 0 O 1 l I.
            assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), p);
            seen.add(p);
        }
        assertTrue(seen.size() > 195, "initial passwords should be random, got " + seen.size() + " distinct");
    }

    @Test
    void anInitialPasswordRoundTripsThroughTheHasher() {
        String p = PasswordHasher.initialPassword();
        assertTrue(PasswordHasher.matches(p, PasswordHasher.hash(p)));
    }
}

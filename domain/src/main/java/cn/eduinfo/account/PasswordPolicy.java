package cn.eduinfo.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ≥ 8 characters (more where the security policy asks), at least three of the four character classes, and not
 * the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** Message keys of every rule the candidate breaks; empty when it is acceptable. */
    public static List<String> violations(String candidate, String username) {
        return violations(candidate, username, MIN_LENGTH);
    }

    /** @param minLength the security policy's minimum, never below {@link #MIN_LENGTH} */
    public static List<String> violations(String candidate, String username, int minLength) {
        List<String> broken = new ArrayList<>();
        if (candidate == null || candidate.length() < Math.max(minLength, MIN_LENGTH)) {
            broken.add("password.tooShort");
            return broken;
        }
        if (candidate.length() > MAX_LENGTH) {
            broken.add("password.tooLong");
        }
        if (classes(candidate) < 3) {
            broken.add("password.tooSimple");
        }
        if (username != null && candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.containsUsername");
        }
        return broken;
    }

    static int classes(String s) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (char c : s.toCharArray()) {
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

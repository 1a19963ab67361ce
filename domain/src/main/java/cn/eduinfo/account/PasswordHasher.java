package cn.eduinfo.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 hashes stored as {@code PBKDF2-SHA256:iterations:salt:hash} (Base64), so the
 * iteration count can grow later without invalidating stored hashes.
 */
public final class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 60_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CHARS_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String CHARS_LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String CHARS_DIGIT = "23456789";
    private static final String CHARS_OTHER = "@#%+=";

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return "PBKDF2-SHA256:" + ITERATIONS + ":" + b64(salt) + ":" + b64(derive(password, salt, ITERATIONS));
    }

    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals("PBKDF2-SHA256")) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException malformed) {
            // Bad Base64, a non-numeric or non-positive iteration count, an empty salt: a corrupt
            // stored hash matches nothing rather than failing the login with a stack trace.
            return false;
        }
    }

    /** A one-time initial password that satisfies the policy, unambiguous when read off a slip. */
    public static String initialPassword() {
        String all = CHARS_UPPER + CHARS_LOWER + CHARS_DIGIT;
        StringBuilder sb = new StringBuilder();
        sb.append(pick(CHARS_UPPER)).append(pick(CHARS_LOWER)).append(pick(CHARS_DIGIT)).append(pick(CHARS_OTHER));
        for (int i = 0; i < 8; i++) {
            sb.append(pick(all));
        }
        return sb.toString();
    }

    private static char pick(String chars) {
        return chars.charAt(RANDOM.nextInt(chars.length()));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

package cn.eduinfo.account;

import cn.eduinfo.shared.DomainException;
import java.io.Serializable;
import java.time.Duration;

/**
 * The security administrator's policy (安全策略, the platform's separated duties): when an account locks and for
 * how long, how long a password must be, and after how long idle a session ends. Each value stays within
 * bounds that keep the platform safe and usable: no policy may switch the lock-out off or allow 4-character
 * passwords.
 */
public record SecurityPolicy(int maxFailures, int lockMinutes, int minPasswordLength, int idleMinutes) implements Serializable {

    public static final Bounds MAX_FAILURES = new Bounds("policy.maxFailures", 3, 10);
    public static final Bounds LOCK_MINUTES = new Bounds("policy.lockMinutes", 5, 1440);
    public static final Bounds MIN_PASSWORD_LENGTH = new Bounds("policy.minPasswordLength", PasswordPolicy.MIN_LENGTH, 32);
    public static final Bounds IDLE_MINUTES = new Bounds("policy.idleMinutes", 5, 120);

    /** @param key the message key naming the value (and the refusal, with ".range") */
    public record Bounds(String key, int min, int max) implements Serializable {

        void check(int value) {
            if (value < min || value > max) {
                throw new DomainException(key + ".range", min, max, value);
            }
        }
    }

    /** Refused (nothing saved) when a value is out of its bounds; names the first such value. */
    public SecurityPolicy checked() {
        MAX_FAILURES.check(maxFailures);
        LOCK_MINUTES.check(lockMinutes);
        MIN_PASSWORD_LENGTH.check(minPasswordLength);
        IDLE_MINUTES.check(idleMinutes);
        return this;
    }

    public LockoutPolicy lockout() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}

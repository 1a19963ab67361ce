package cn.eduinfo.account;

import java.time.Duration;

/** Lock an account for {@code lockFor} after {@code maxFailures} consecutive failed logins. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));
}

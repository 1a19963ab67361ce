package cn.eduinfo.account;

import cn.eduinfo.shared.DomainException;
import java.util.regex.Pattern;

/**
 * Who manages the platform staff's own accounts (separated duties): the security administrator the system and audit
 * administrators' accounts, the system administrator the security administrators' — never one's own desk, so that
 * nobody makes or resets an account of the duty they hold and then uses it on their own. A desk keeps at least one
 * enabled account.
 */
public final class PlatformStaff {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,39}");

    private PlatformStaff() {
    }

    /** Whether a {@code manager} adds, resets, enables and disables accounts of the {@code desk}. */
    public static boolean managesDesk(Role manager, Role desk) {
        return switch (manager) {
            case SECURITY_ADMIN -> desk == Role.SYSTEM_ADMIN || desk == Role.AUDIT_ADMIN;
            case SYSTEM_ADMIN -> desk == Role.SECURITY_ADMIN;
            default -> false;
        };
    }

    /** Whether {@code manager} may reset, enable or disable {@code target}, a platform account. */
    public static boolean mayManage(Account manager, Account target) {
        return target.getRole().isPlatform() && !manager.getUsername().equals(target.getUsername())
                && managesDesk(manager.getRole(), target.getRole());
    }

    /** A new platform account's name: lower-case letters first, never an organisation account's or a phase-1 alias's shape. */
    public static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("platform.username.invalid");
        }
    }

    /** Refuses to disable the last enabled account of a desk: its duty would be left to nobody. */
    public static void checkDisable(Account target, long enabledOfRole) {
        if (target.isEnabled() && enabledOfRole <= 1) {
            throw new DomainException("platform.lastOfRole", target.getUsername());
        }
    }
}

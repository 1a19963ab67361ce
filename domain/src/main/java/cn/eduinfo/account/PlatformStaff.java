package cn.eduinfo.account;

import cn.eduinfo.shared.DomainException;
import java.util.regex.Pattern;

/**
 * Who manages the platform staff's own accounts (separated duties): the security administrator manages
 * every platform account but its own, so that nobody resets the account they sign in with; the system
 * administrator resets the security administrators' accounts, the one way back in when every one of them is
 * locked out or forgotten. A desk keeps at least one enabled account.
 */
public final class PlatformStaff {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,39}");

    private PlatformStaff() {
    }

    /** Whether {@code manager} may reset, enable or disable {@code target}, a platform account. */
    public static boolean mayManage(Account manager, Account target) {
        if (!target.getRole().isPlatform() || manager.getUsername().equals(target.getUsername())) {
            return false;
        }
        return switch (manager.getRole()) {
            case SECURITY_ADMIN -> true;
            case SYSTEM_ADMIN -> target.getRole() == Role.SECURITY_ADMIN;
            default -> false;
        };
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

package cn.eduinfo.reporting;

import cn.eduinfo.account.Role;
import java.util.Objects;

/**
 * Who asks for a transition: the caller's user name (for the timeline, 第二十二条), role and
 * organisation path ({@code /000000/460000/}). Platform staff have no organisation; the system
 * (deadline timers) has neither role nor organisation.
 */
public record Actor(String username, Role role, String orgPath) {

    public static final String SYSTEM_NAME = "system";
    private static final Actor SYSTEM = new Actor(SYSTEM_NAME, null, null);

    public Actor {
        Objects.requireNonNull(username);
        if ((role == null) != SYSTEM_NAME.equals(username) || (role == null && orgPath != null)) {
            throw new IllegalArgumentException("only the system actor has no role, and it has no organisation");
        }
    }

    /** The deadline timers' actor: the only one that may auto-report. */
    public static Actor system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return role == null;
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /** Of the unit at {@code path} itself. */
    public boolean belongsTo(String path) {
        return orgPath != null && orgPath.equals(path);
    }

    /** Of the unit directly above {@code path} — not a grand-superior, not the unit itself. */
    public boolean isDirectSuperiorOf(String path) {
        return orgPath != null && orgPath.equals(parentPath(path));
    }

    /** {@code /000000/460000/469001/} → {@code /000000/460000/}; the root has none (null). */
    public static String parentPath(String path) {
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut <= 0 ? null : path.substring(0, cut + 1);
    }
}

package cn.eduinfo.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the measures refused an action. Carries a message key of the web bundles (zh-CN, en)
 * so that every layer can show it in the user's language; never a stack trace.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}

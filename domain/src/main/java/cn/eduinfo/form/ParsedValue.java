package cn.eduinfo.form;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of reading one user input: a canonical value, no value (blank input), or a refusal
 * with a message key. Nothing of a refused input is kept, not even in the message arguments,
 * so a script fragment can never reach a page through an error message.
 */
public record ParsedValue(String value, String refusalKey, List<Serializable> args) {

    static ParsedValue ok(String canonical) {
        return new ParsedValue(canonical, null, List.of());
    }

    static ParsedValue absent() {
        return new ParsedValue(null, null, List.of());
    }

    static ParsedValue refused(String key, Serializable... args) {
        return new ParsedValue(null, key, List.of(args));
    }

    public boolean isRefused() {
        return refusalKey != null;
    }

    public boolean isAbsent() {
        return value == null && refusalKey == null;
    }
}

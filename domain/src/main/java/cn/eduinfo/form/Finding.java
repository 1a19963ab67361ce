package cn.eduinfo.form;

import java.io.Serializable;
import java.util.List;

/** A check's verdict on one field: a message key of the web bundles and its arguments (kept with the form's view). */
public record Finding(String indicatorCode, Severity severity, String messageKey, List<Serializable> args) implements Serializable {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding hard(String code, String key, Serializable... args) {
        return new Finding(code, Severity.HARD, key, List.of(args));
    }

    public static Finding explain(String code, String key, Serializable... args) {
        return new Finding(code, Severity.EXPLAIN, key, List.of(args));
    }
}

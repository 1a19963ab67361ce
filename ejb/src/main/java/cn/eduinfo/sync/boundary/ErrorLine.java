package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.SyncRunError;
import java.io.Serializable;
import java.util.List;

/** One fatal problem of a refused file: its line (0 = the whole file), message key and arguments. */
public record ErrorLine(int line, String key, List<String> args) implements Serializable {

    public static ErrorLine of(SyncRunError e) {
        return new ErrorLine(e.getLine(), e.getKey(), List.copyOf(e.getArgs()));
    }
}

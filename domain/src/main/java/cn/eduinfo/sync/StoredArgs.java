package cn.eduinfo.sync;

import java.util.Arrays;
import java.util.List;

/** A message's arguments in one column (sync_run_error.args, sync_run.failure_args): joined by a unit separator, at most 1000 characters. */
final class StoredArgs {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX = 1000;

    private StoredArgs() {
    }

    static String join(List<String> args) {
        String joined = String.join(SEPARATOR, args);
        return joined.length() > MAX ? joined.substring(0, MAX) : joined;
    }

    static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(SEPARATOR, -1));
    }
}

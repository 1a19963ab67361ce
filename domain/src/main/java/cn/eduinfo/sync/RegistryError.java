package cn.eduinfo.sync;

import java.util.List;

/**
 * A problem of the registry file, fatal to the whole run (第九~十二条: nothing is applied).
 * The key is a message key of the web bundles (see {@link RegistryErrors} for each key and its args),
 * so that the line-numbered report can be shown in the operator's language.
 *
 * @param line 1-based line of the file; 0 when the problem concerns the whole file
 */
public record RegistryError(int line, String key, List<String> args) {

    public RegistryError {
        args = List.copyOf(args);
    }

    static RegistryError of(int line, String key, Object... args) {
        return new RegistryError(line, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}

package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every registry error, change reason and failure the sync can show is in both web bundles (they live in the web module). */
class SyncMessageKeysTest {

    private static final Path BUNDLES = Path.of("../web/src/main/resources/cn/eduinfo/i18n");

    @Test
    void everyRegistryErrorChangeReasonAndFailureIsInBothBundles() throws IOException, IllegalAccessException {
        Set<String> used = new TreeSet<>();
        for (Class<?> keys : new Class<?>[] {RegistryErrors.class, RunFailure.class}) {
            for (Field f : keys.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    used.add((String) f.get(null));
                }
            }
        }
        for (ChangeReason reason : ChangeReason.values()) {
            used.add("ChangeReason." + reason);
        }
        for (ChangeType type : ChangeType.values()) {
            used.add("ChangeType." + type);
        }
        assertTrue(used.contains(RegistryErrors.AUTHORITY_OMITTED) && used.contains(RunFailure.TABLES_BUSY) && used.size() > 40, "the scan found keys: " + used);
        for (String bundle : new String[] {"messages_zh.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(p.stringPropertyNames());
            assertTrue(missing.isEmpty(), bundle + " lacks " + missing);
        }
    }
}

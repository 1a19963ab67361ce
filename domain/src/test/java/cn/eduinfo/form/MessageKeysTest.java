package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.eduinfo.form.CrossFieldRule.Comparison;

/** Every message key the form code can produce is in both web bundles (they live in the web module). */
class MessageKeysTest {

    private static final Path BUNDLES = Path.of("../web/src/main/resources/cn/eduinfo/i18n");

    @Test
    void everyFormKeyIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(form\\.[A-Za-z]+\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/cn/eduinfo/form")),
                Files.walk(Path.of("../ejb/src/main/java/cn/eduinfo/form")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Comparison c : Comparison.values()) {
            used.add("form.rule." + c.name());
        }
        assertTrue(used.size() > 40, "the scan found keys: " + used.size());
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

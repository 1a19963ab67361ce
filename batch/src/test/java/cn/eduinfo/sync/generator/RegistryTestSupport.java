package cn.eduinfo.sync.generator;

import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by {@link RegistryGeneratorTest} and {@link NextQuarterGeneratorTest}. */
final class RegistryTestSupport {

    private RegistryTestSupport() {
    }

    static RegistryRow unlined(RegistryRow r) {
        return new RegistryRow(0, r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor(), r.effective());
    }

    static Map<String, RegistryRow> byCode(List<RegistryRow> rows) {
        Map<String, RegistryRow> map = new HashMap<>();
        rows.forEach(r -> map.put(r.code(), r));
        return map;
    }

    static int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RegistryGenerator.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        System.out.print(err.toString(StandardCharsets.UTF_8));
        return status;
    }

    static byte[] bytes(List<RegistryRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryFile.write(rows, out);
        return out.toByteArray();
    }

    static RegistryFile.Parsed read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return RegistryFile.read(in, null);
        }
    }

    static byte[] sha256(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

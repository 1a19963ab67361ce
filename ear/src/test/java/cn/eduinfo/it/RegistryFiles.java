package cn.eduinfo.it;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small registry snapshots written the way the national registry shares them (batch/docs/registry-format.md). */
public final class RegistryFiles {

    public static final String HEADER = "code,name,kind,category,division,parent,status,successor,effective";

    private final List<String> rows = new ArrayList<>();

    public static RegistryFiles withMoe() {
        return new RegistryFiles().row("000000", "中华人民共和国教育部", "MOE", "", "000000", "", "ACTIVE", "", "2026-10-01");
    }

    public RegistryFiles row(String... fields) {
        rows.add(String.join(",", fields));
        return this;
    }

    public RegistryFiles authority(String code, String name, String kind, String parent) {
        return row(code, name, kind, "", code, parent, "ACTIVE", "", "2026-10-01");
    }

    public RegistryFiles school(String code, String name, String parent) {
        return row(code, name, "SCHOOL", code.substring(0, 2), parent, parent, "ACTIVE", "", "2026-10-01");
    }

    /** Replaces the row of {@code code} (the first field) with new fields. */
    public RegistryFiles replace(String code, String... fields) {
        rows.replaceAll(r -> r.startsWith(code + ",") ? String.join(",", fields) : r);
        return this;
    }

    public byte[] bytes(Charset charset) {
        return (HEADER + "\n" + String.join("\n", rows) + "\nEND," + rows.size() + "\n").getBytes(charset);
    }

    public byte[] utf8() {
        return bytes(StandardCharsets.UTF_8);
    }
}

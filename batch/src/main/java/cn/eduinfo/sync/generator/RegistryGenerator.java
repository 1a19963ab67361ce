package cn.eduinfo.sync.generator;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.sync.RegistryError;
import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryRow;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes registry snapshot files (batch/docs/registry-format.md) for tests and benchmarks, without a server.
 *
 * <pre>
 * national --seed N --out FILE [--schools 360000] [--date 2026-10-01]
 * next --in PREVIOUS --out FILE --seed N [--adds 0.01] [--renames 0.005] [--mergers 0.002] [--closures 0.002]
 *      [--category-changes 0.001] [--moves 0.002] [--date yyyy-MM-dd]
 * </pre>
 * The same arguments give the same bytes. Counts per kind and the elapsed time go to stderr.
 */
public final class RegistryGenerator {

    static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 10, 1);
    static final int DEFAULT_SCHOOLS = 360_000;
    static final int MAX_SCHOOLS = 5_000_000;

    static final String USAGE = String.join("\n",
            "usage: generate-registry national --seed N --out FILE [--schools " + DEFAULT_SCHOOLS + "] [--date yyyy-MM-dd]",
            "       generate-registry next --in PREVIOUS --out FILE --seed N [--adds 0.01] [--renames 0.005] [--mergers 0.002]",
            "                         [--closures 0.002] [--category-changes 0.001] [--moves 0.002] [--date yyyy-MM-dd]",
            "  national: the MoE, 31 provinces + XPCC, every prefecture and county of GB/T 2260, --schools schools and",
            "            teaching points, 2,700 HEIs (75 MoE universities); all ACTIVE, effective --date (default " + DEFAULT_DATE + ").",
            "  next:     the next quarter's full snapshot; shares are fractions of the active schools and teaching points;",
            "            --date defaults to three months after the latest effective date of PREVIOUS.");

    private RegistryGenerator() {
    }

    public static void main(String[] args) {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** 0 done, 1 failed (I/O, an unreadable previous file), 2 bad arguments. */
    static int run(String[] args, PrintStream err) {
        long started = System.nanoTime();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate-registry: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            List<RegistryRow> rows;
            if (options.mode.equals("national")) {
                rows = NationalGenerator.generate(options.seed, options.schools, options.date(DEFAULT_DATE));
            } else {
                RegistryFile.Parsed previous;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(options.in))) {
                    previous = RegistryFile.read(in, null);
                }
                if (!previous.errors().isEmpty()) {
                    err.println("generate-registry: " + options.in + " has " + previous.errors().size() + " error(s):");
                    for (RegistryError e : previous.errors().subList(0, Math.min(20, previous.errors().size()))) {
                        err.println("  line " + e.line() + ": " + e.key() + " " + e.args());
                    }
                    return 1;
                }
                LocalDate date = options.date(NextQuarterGenerator.defaultDate(previous.rows()));
                NextQuarterGenerator.Result result = NextQuarterGenerator.generate(previous.rows(), options.seed, options.shares, date);
                rows = result.rows();
                StringBuilder changes = new StringBuilder("changes:");
                result.changes().forEach((change, count) -> changes.append(' ').append(change).append(' ').append(count));
                err.println(changes);
            }
            long bytes = write(rows, options.out);
            err.println(counts(rows));
            err.printf("wrote %s: %,d rows, %,d bytes in %.1f s%n", options.out, rows.size(), bytes, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("generate-registry: " + e);
            return 1;
        }
    }

    /** Written to a temporary file next to {@code out}, then moved over it: never a half-written snapshot. */
    static long write(List<RegistryRow> rows, Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            RegistryFile.write(rows, stream);
        }
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(absolute);
    }

    /** "MOE 1 (active 1), PROVINCE 32 (active 32), …" in OrgKind order. */
    static String counts(List<RegistryRow> rows) {
        Map<OrgKind, int[]> counts = new EnumMap<>(OrgKind.class);
        for (OrgKind k : OrgKind.values()) {
            counts.put(k, new int[2]);
        }
        for (RegistryRow r : rows) {
            int[] c = counts.get(r.kind());
            c[0]++;
            if (r.status() == OrgStatus.ACTIVE) {
                c[1]++;
            }
        }
        StringBuilder s = new StringBuilder("rows per kind:");
        counts.forEach((kind, c) -> s.append(String.format(" %s %,d (active %,d);", kind, c[0], c[1])));
        return s.toString();
    }

    /** The parsed command line. */
    static final class Options {
        String mode;
        long seed;
        Path out;
        Path in;
        int schools = DEFAULT_SCHOOLS;
        LocalDate date;
        NextQuarterGenerator.Shares shares = NextQuarterGenerator.Shares.DEFAULT;

        LocalDate date(LocalDate fallback) {
            return date != null ? date : fallback;
        }

        static Options parse(String[] args) {
            if (args.length == 0 || !(args[0].equals("national") || args[0].equals("next"))) {
                throw new IllegalArgumentException(args.length == 0 ? "no mode" : "unknown mode " + args[0]);
            }
            Options o = new Options();
            o.mode = args[0];
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String option = args[i];
                if (!option.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unexpected argument " + option);
                }
                if (values.put(option, args[++i]) != null) {
                    throw new IllegalArgumentException(option + " given twice");
                }
            }
            List<String> allowed = o.mode.equals("national")
                    ? List.of("--seed", "--out", "--schools", "--date")
                    : List.of("--seed", "--out", "--in", "--date", "--adds", "--renames", "--mergers", "--closures", "--category-changes", "--moves");
            for (String option : values.keySet()) {
                if (!allowed.contains(option)) {
                    throw new IllegalArgumentException("unknown option " + option + " for mode " + o.mode);
                }
            }
            o.seed = parseLong(required(values, "--seed"), "--seed");
            o.out = Path.of(required(values, "--out"));
            if (values.containsKey("--date")) {
                try {
                    o.date = LocalDate.parse(values.get("--date"));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("--date is not yyyy-MM-dd: " + values.get("--date"));
                }
            }
            if (o.mode.equals("national")) {
                if (values.containsKey("--schools")) {
                    long n = parseLong(values.get("--schools"), "--schools");
                    if (n < 0 || n > MAX_SCHOOLS) {
                        throw new IllegalArgumentException("--schools must be 0.." + MAX_SCHOOLS);
                    }
                    o.schools = (int) n;
                }
            } else {
                o.in = Path.of(required(values, "--in"));
                NextQuarterGenerator.Shares d = NextQuarterGenerator.Shares.DEFAULT;
                o.shares = new NextQuarterGenerator.Shares(
                        share(values, "--adds", d.adds()), share(values, "--renames", d.renames()),
                        share(values, "--mergers", d.mergers()), share(values, "--closures", d.closures()),
                        share(values, "--category-changes", d.categoryChanges()), share(values, "--moves", d.moves()));
                double voiding = o.shares.renames() + o.shares.mergers() + o.shares.closures() + o.shares.categoryChanges() + o.shares.moves();
                if (voiding > 0.5) {
                    throw new IllegalArgumentException("renames + mergers + closures + category changes + moves must not exceed 0.5");
                }
            }
            return o;
        }

        private static String required(Map<String, String> values, String option) {
            String v = values.get(option);
            if (v == null) {
                throw new IllegalArgumentException(option + " is required");
            }
            return v;
        }

        private static long parseLong(String text, String option) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " is not a whole number: " + text);
            }
        }

        private static double share(Map<String, String> values, String option, double fallback) {
            String text = values.get(option);
            if (text == null) {
                return fallback;
            }
            try {
                double d = Double.parseDouble(text);
                if (!(d >= 0 && d <= 1)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a fraction between 0 and 1: " + text);
            }
        }
    }
}

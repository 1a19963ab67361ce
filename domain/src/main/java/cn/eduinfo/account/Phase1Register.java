package cn.eduinfo.account;

import cn.eduinfo.sync.Csv;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phase-1 system's accounts (一期系统账号, notice §1(1)) as its operator exported them when it closed:
 * a CSV file with the header {@code phase1_username,school_code}, one account per line, UTF-8 (BOM or
 * not) or GB18030. A school's administrator links its account to the phase-1 name listed for its own
 * code, and may then sign in with that name as an alias.
 */
public final class Phase1Register {

    public static final List<String> HEADER = List.of("phase1_username", "school_code");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{2,40}");
    /** A phase-2 account's name (code + A1/R1/I1): one of them may be generated later, so none is an alias. */
    private static final Pattern PHASE2_NAME = Pattern.compile("\\d{6}(\\d{4})?[A-Z]\\d");
    private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");
    /** Enough to show what is wrong with a file without burying the screen. */
    static final int MAX_PROBLEMS = 200;

    public record Entry(String username, String schoolCode) {
    }

    /** @param key a message key of the web bundles; line 0 is the file as a whole */
    public record Problem(int line, String key, List<String> args) implements Serializable {
    }

    /** @param problems none, or the file must be refused whole */
    public record Parsed(List<Entry> entries, List<Problem> problems) {

        public boolean isAccepted() {
            return problems.isEmpty();
        }
    }

    private Phase1Register() {
    }

    /** Never throws for bad content: each problem is named with its line. */
    public static Parsed read(byte[] bytes) {
        String text = bytes == null ? null : Csv.textOf(bytes);
        if (text == null) {
            return refused(new Problem(0, "phase1.file.encoding", List.of()));
        }
        List<Csv.Record> records = Csv.parse(text).stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            return refused(new Problem(0, "phase1.file.empty", List.of()));
        }
        Csv.Record header = records.get(0);
        if (header.badQuoting() || !header.fields().stream().map(String::strip).toList().equals(HEADER)) {
            return refused(new Problem(header.line(), "phase1.file.header", List.of(String.join(",", HEADER))));
        }
        List<Entry> entries = new ArrayList<>(records.size());
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            Problem problem = problemOf(r, firstLine);
            if (problem != null) {
                problems.add(problem);
            } else {
                entries.add(new Entry(r.fields().get(0).strip(), r.fields().get(1).strip()));
            }
            if (problems.size() == MAX_PROBLEMS) {
                break;
            }
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(new Problem(0, "phase1.file.empty", List.of()));
        }
        return problems.isEmpty() ? new Parsed(List.copyOf(entries), List.of()) : refused(problems.toArray(Problem[]::new));
    }

    private static Problem problemOf(Csv.Record r, Map<String, Integer> firstLine) {
        if (r.badQuoting() || r.fields().size() != HEADER.size()) {
            return new Problem(r.line(), "phase1.line.columns", List.of(String.valueOf(r.fields().size())));
        }
        String name = r.fields().get(0).strip();
        String code = r.fields().get(1).strip();
        if (!isAlias(name)) {
            return new Problem(r.line(), "phase1.line.username", List.of(name));
        }
        if (!SCHOOL_CODE.matcher(code).matches()) {
            return new Problem(r.line(), "phase1.line.schoolCode", List.of(code));
        }
        Integer earlier = firstLine.putIfAbsent(name, r.line());
        return earlier == null ? null : new Problem(r.line(), "phase1.line.duplicate", List.of(name, String.valueOf(earlier)));
    }

    /** Whether a name may serve as a phase-1 alias: phase 1's characters, and never the shape of a phase-2 name. */
    public static boolean isAlias(String name) {
        return name != null && NAME.matcher(name).matches() && !PHASE2_NAME.matcher(name).matches();
    }

    private static Parsed refused(Problem... problems) {
        return new Parsed(List.of(), List.of(problems));
    }
}

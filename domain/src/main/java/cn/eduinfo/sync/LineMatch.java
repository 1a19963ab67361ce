package cn.eduinfo.sync;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The data lines of a new snapshot paired with those of the reference it is read against
 * (SnapshotDelta): which repeat a reference line byte for byte, which differ, which codes went, and
 * which lines must be parsed all the same; then the parsed rows and the whole file's skeleton.
 */
final class LineMatch {

    private static final OrgKind[] KIND_VALUES = OrgKind.values();
    private static final OrgStatus[] STATUS_VALUES = OrgStatus.values();
    private static final byte[][] KINDS = names(KIND_VALUES);
    private static final byte[][] STATUSES = names(STATUS_VALUES);

    private final RecordScan next;
    private final RecordScan reference;
    private final List<RegistryError> errors;

    /** The data records of the new file and of the reference, in file order. */
    private final int[] data;
    private final int[] then;
    /** Reference line (ordinal in then) by code. */
    private final CodeIndex thenByCode;
    /** Per reference line: its parent's and successor's code keys, and whether its skeleton reads from its bytes. */
    private final long[] thenParents;
    private final long[] thenSuccessors;
    private final boolean[] thenReadable;
    /** Per reference line: the new line (ordinal in data) that repeats it byte for byte, or -1. */
    private final int[] repeatedBy;
    /** Per new line: whether it is parsed (it differs, or must be checked again). */
    private final boolean[] parse;
    /** Per new line that differs: its code (CodeIndex key). */
    private final long[] keys;
    /** Per new line repeating a reference line: the codes of its parent and successor (NONE for none). */
    private final long[] parents;
    private final long[] successors;
    /** The first new line of each code among those that differ. */
    private final CodeIndex differing = new CodeIndex(1024);
    private final List<Integer> differingLines = new ArrayList<>();
    private int toParse;
    /** Per new line: whether it was parsed, its row (null if refused), and what refused it (RowParser). */
    private final boolean[] parsed;
    private final RegistryRow[] rows;
    private final Map<Integer, List<RegistryError>> refusals = new HashMap<>();

    /**
     * What a file read against needs of its reference, whatever the new file: its data records (all but
     * the header), the line of each code, and what a new line repeating one of them byte for byte reads
     * from it (built in the idle time after its run: a new file's match then copies it, not works it out
     * line by line on a cold JIT). Null records if one of them is not UTF-8.
     *
     * @param parents    per data record, the code key of its parent (NONE for none)
     * @param successors the same of its successor
     * @param readable   per data record, whether its skeleton can be read from its bytes (see {@link #readsFromBytes})
     */
    record Reference(RecordScan scan, int[] then, CodeIndex byCode, long[] parents, long[] successors, boolean[] readable) {

        static Reference of(RecordScan scan) {
            int[] records = SnapshotDelta.nonBlank(scan);
            if (records == null) {
                return new Reference(scan, null, null, null, null, null);
            }
            int[] then = records.length == 0 ? records : Arrays.copyOfRange(records, 1, records.length);
            CodeIndex byCode = new CodeIndex(then.length);
            long[] parents = new long[then.length];
            long[] successors = new long[then.length];
            boolean[] readable = new boolean[then.length];
            for (int j = 0; j < then.length; j++) {
                if (scan.isPlain(then[j])) {
                    long key = scan.key(then[j], 0);
                    if (key != CodeIndex.NONE) {
                        byCode.putIfAbsent(key, j);
                    }
                    parents[j] = scan.key(then[j], 5);
                    successors[j] = scan.key(then[j], 7);
                    readable[j] = readsFromBytes(scan, then[j], parents[j], successors[j]);
                }
            }
            return new Reference(scan, then, byCode, parents, successors, readable);
        }

        boolean isNotUtf8() {
            return then == null;
        }
    }

    LineMatch(RecordScan next, Reference reference, int[] data, List<RegistryError> errors) {
        this.next = next;
        this.reference = reference.scan();
        this.errors = errors;
        this.data = data;
        this.then = reference.then();
        thenByCode = reference.byCode();
        thenParents = reference.parents();
        thenSuccessors = reference.successors();
        thenReadable = reference.readable();
        repeatedBy = new int[then.length];
        Arrays.fill(repeatedBy, -1);
        parse = new boolean[data.length];
        keys = new long[data.length];
        parents = new long[data.length];
        successors = new long[data.length];
        parsed = new boolean[data.length];
        rows = new RegistryRow[data.length];
    }

    /** How many lines differ from the reference's (so far, before leaningOn adds the lines to check again). */
    int toParse() {
        return toParse;
    }

    /**
     * Pairs each new line with the reference line it repeats: most often the one after the last
     * pair (the files keep their order), else the reference's line of its code. False if a line
     * is not UTF-8.
     */
    boolean match() {
        int cursor = 0;
        for (int i = 0; i < data.length; i++) {
            int record = data[i];
            int j = -1;
            if (next.isPlain(record)) {
                if (cursor < then.length && next.sameBytes(record, reference, then[cursor])) {
                    j = cursor;
                } else {
                    int byCode = thenByCode.get(next.key(record, 0));
                    j = byCode >= 0 && next.sameBytes(record, reference, then[byCode]) ? byCode : -1;
                }
            }
            if (j >= 0 && repeatedBy[j] < 0 && thenReadable[j]) {
                repeatedBy[j] = i;
                parents[i] = thenParents[j]; // the same bytes, read from the reference
                successors[i] = thenSuccessors[j];
                keys[i] = CodeIndex.NONE; // read when needed
                cursor = j + 1;
                continue;
            }
            long key;
            if (next.isPlain(record)) {
                key = next.key(record, 0);
            } else {
                Csv.Record decoded = next.decode(record);
                if (decoded == null) {
                    return false;
                }
                key = CodeIndex.key(decoded.fields().get(0).strip()); // NONE: a code the row parser refuses
            }
            keys[i] = key;
            parse[i] = true;
            toParse++;
            differingLines.add(i);
            if (key != CodeIndex.NONE) {
                differing.putIfAbsent(key, i);
            }
        }
        return true;
    }

    /**
     * Whether the skeleton can be read from a plain record's bytes (a known kind and status, codes of
     * digits): what a reference line held, as it passed the checks; else a line repeating it is parsed.
     */
    private static boolean readsFromBytes(RecordScan scan, int record, long parent, long successor) {
        return value(scan, record, 2, KINDS, KIND_VALUES) != null && value(scan, record, 6, STATUSES, STATUS_VALUES) != null
                && (parent != CodeIndex.NONE || scan.isEmpty(record, 5))
                && (successor != CodeIndex.NONE || scan.isEmpty(record, 7));
    }

    /** The codes of the reference that the new file no longer has. */
    Set<String> gone() {
        Set<String> gone = new HashSet<>();
        for (int j = 0; j < then.length; j++) {
            if (repeatedBy[j] < 0) {
                long key = reference.isPlain(then[j]) ? reference.key(then[j], 0) : keyOf(reference.decode(then[j]));
                if (key != CodeIndex.NONE && !differing.contains(key)) {
                    gone.add(CodeIndex.code(key));
                }
            }
        }
        return gone;
    }

    /** Lines naming as parent or successor a code that changed or went: parsed too. */
    void leaningOn(Set<String> gone) {
        CodeIndex leanedOn = new CodeIndex(differingLines.size() + gone.size());
        differingLines.forEach(i -> leanedOn.putIfAbsent(keys[i], 0));
        gone.forEach(code -> leanedOn.putIfAbsent(CodeIndex.key(code), 0));
        for (int i = 0; i < data.length; i++) {
            if (!parse[i] && (leanedOn.contains(parents[i]) || leanedOn.contains(successors[i]))) {
                parse[i] = true;
            }
        }
    }

    /** The lines of the units named: parsed too. */
    void named(Set<String> alsoCheck) {
        if (alsoCheck.isEmpty()) {
            return;
        }
        CodeIndex named = new CodeIndex(alsoCheck.size());
        alsoCheck.forEach(code -> named.putIfAbsent(CodeIndex.key(code), 0));
        for (int i = 0; i < data.length; i++) {
            if (!parse[i] && named.contains(next.key(data[i], 0))) {
                parse[i] = true;
            }
        }
    }

    /** Parses the lines marked so far, ahead of the read (as the file is uploaded: SnapshotDelta.match). */
    void parseMarked() {
        List<RegistryError> found = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            if (parse[i] && !parsed[i]) {
                parseLine(i, found);
            }
        }
    }

    private void parseLine(int i, List<RegistryError> found) {
        rows[i] = RowParser.parse(next.read(data[i]), found);
        parsed[i] = true;
        if (!found.isEmpty()) {
            refusals.put(i, List.copyOf(found));
            found.clear();
        }
    }

    /** The read: the lines marked, parsed (those not parsed ahead now), their errors in file order, and the whole file's skeleton. */
    SnapshotDelta.Read parse(Set<String> gone, Set<String> alsoCheck) {
        List<RegistryRow> read = new ArrayList<>();
        List<RegistryError> found = new ArrayList<>();
        int refused = 0;
        int newest = -1;
        for (int i = 0; i < data.length; i++) {
            if (!parse[i]) {
                if (newest < 0 || next.compareField(data[i], data[newest], 8) > 0) {
                    newest = i;
                }
                continue;
            }
            if (!parsed[i]) {
                parseLine(i, found);
            }
            errors.addAll(refusals.getOrDefault(i, List.of()));
            if (rows[i] == null) {
                refused++;
            } else {
                read.add(rows[i]);
            }
        }
        LocalDate date = newest < 0 ? null : LocalDate.parse(next.ascii(data[newest], 8));
        List<RegistryError> duplicates = new ArrayList<>();
        for (int i : differingLines) {
            int first = first(keys[i]);
            if (first != i && keys[i] != CodeIndex.NONE) {
                duplicates.add(RegistryError.of(next.line(data[i]), RegistryErrors.DUPLICATE_CODE, CodeIndex.code(keys[i]),
                        next.line(data[first])));
            }
        }
        for (int i = 0; i < data.length; i++) {
            RegistryRow row = rows[i];
            if (row != null && parse[i] && first(CodeIndex.key(row.code())) == i && (date == null || row.effective().isAfter(date))) {
                date = row.effective();
            }
        }
        Function<String, Skeleton.Entry> lines = code -> {
            int i = first(CodeIndex.key(code));
            if (i < 0) {
                return null;
            }
            RegistryRow row = rows[i];
            return row != null ? Skeleton.entry(row) : parse[i] ? null : entry(data[i]);
        };
        Set<String> units = new HashSet<>(gone);
        units.addAll(alsoCheck);
        read.forEach(r -> units.add(r.code()));
        return new SnapshotDelta.Read(read, new Skeleton(lines, duplicates, date), units, data.length - refused, errors);
    }

    /** The first new line of the code: a repeated reference line, or one that differs, whichever comes first; -1 if none. */
    private int first(long key) {
        if (key == CodeIndex.NONE) {
            return -1;
        }
        int j = thenByCode.get(key);
        int repeated = j < 0 ? -1 : repeatedBy[j];
        int differs = differing.get(key);
        return repeated < 0 ? differs : differs < 0 ? repeated : Math.min(repeated, differs);
    }

    private static long keyOf(Csv.Record record) {
        return record == null ? CodeIndex.NONE : CodeIndex.key(record.fields().get(0).strip());
    }

    /** A line's skeleton from its bytes; null if they hold anything a valid line would not (then it is parsed). */
    private Skeleton.Entry entry(int record) {
        OrgKind kind = (OrgKind) value(next, record, 2, KINDS, KIND_VALUES);
        OrgStatus status = (OrgStatus) value(next, record, 6, STATUSES, STATUS_VALUES);
        String parent = next.isEmpty(record, 5) ? null : next.ascii(record, 5);
        String successor = next.isEmpty(record, 7) ? null : next.ascii(record, 7);
        if (kind == null || status == null || (parent == null) != next.isEmpty(record, 5) || (successor == null) != next.isEmpty(record, 7)) {
            return null;
        }
        return new Skeleton.Entry(next.line(record), kind, parent, status, successor);
    }

    private static Object value(RecordScan scan, int record, int field, byte[][] names, Object[] values) {
        for (int i = 0; i < names.length; i++) {
            if (scan.fieldIs(record, field, names[i])) {
                return values[i];
            }
        }
        return null;
    }

    private static byte[][] names(Enum<?>[] values) {
        byte[][] names = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
        }
        return names;
    }
}

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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A quarter's snapshot read against the last one applied (the reference): a national file is
 * 366,000 lines of which a quarter changes a few thousand, and a line byte for byte as the reference
 * had it was checked then and, applied, left its unit as it says. So only these lines are parsed,
 * checked and compared with the tree: those that differ from the reference (or are new), those that
 * name as parent or successor a code that changed or went, and those of units the caller knows to
 * have changed since (alsoCheck: moved by hand, proposed a move, touched by a later run). Every other
 * line still counts in the whole-file checks, through its {@link Skeleton}.
 *
 * <p>The result is the one a full read gives: the same errors, and with {@code ChangeSet.compute}
 * the same changes (SnapshotDeltaTest and the batch module's equivalence test hold it to that).
 * Both files must be UTF-8, as the reference was found to be; anything else is read in full.
 */
public final class SnapshotDelta {

    /** Beyond this share of lines to parse, a full read costs no more. */
    private static final int MAX_SHARE_PERCENT = 25;
    private static final OrgKind[] KIND_VALUES = OrgKind.values();
    private static final OrgStatus[] STATUS_VALUES = OrgStatus.values();
    private static final byte[][] KINDS = names(KIND_VALUES);
    private static final byte[][] STATUSES = names(STATUS_VALUES);

    /**
     * @param rows     the lines to check and compare, parsed, in file order
     * @param whole    every line, as far as the whole-file checks and the change set's chains need it
     * @param units    the codes whose units {@code rows} need from the tree (every authority aside):
     *                 the rows', those the file no longer lists, and alsoCheck
     * @param rowCount the file's data lines that could be read (as a full read counts its rows)
     * @param errors   what a full read reports before the whole-file checks; the file is refused unless empty
     */
    public record Read(List<RegistryRow> rows, Skeleton whole, Set<String> units, int rowCount, List<RegistryError> errors) {
    }

    /** One line not parsed: what its skeleton needs, from its bytes. */
    private record Known(String code, OrgKind kind, String parent, OrgStatus status, String successor, int date) {
    }

    private final RecordScan next;
    private final RecordScan reference;
    private final List<RegistryError> errors = new ArrayList<>();

    /** A file split into its records, so that two files can be split at once, on two cores. */
    public static final class Scan {
        private final RecordScan records;

        private Scan(RecordScan records) {
            this.records = records;
        }
    }

    public static Scan scan(byte[] file) {
        return new Scan(RecordScan.of(file, bom(file)));
    }

    private SnapshotDelta(Scan next, Scan reference) {
        this.next = next.records;
        this.reference = reference.records;
    }

    /** Empty when the file must be read in full: not UTF-8, or too much of it changed. */
    public static Optional<Read> read(byte[] next, byte[] reference, Set<String> alsoCheck) {
        return read(scan(next), scan(reference), alsoCheck);
    }

    public static Optional<Read> read(Scan next, Scan reference, Set<String> alsoCheck) {
        return new SnapshotDelta(next, reference).read(alsoCheck);
    }

    private Optional<Read> read(Set<String> alsoCheck) {
        int[] records = nonBlank(next);
        int[] before = nonBlank(reference);
        if (records == null || before == null) {
            return Optional.empty();
        }
        Csv.Record header = records.length == 0 ? null : next.decode(records[0]);
        Csv.Record last = records.length == 0 ? null : next.decode(records[records.length - 1]);
        if (records.length > 0 && (header == null || last == null)) {
            return Optional.empty();
        }
        int count = RegistryFile.frame(header, last, records.length, errors);
        if (count <= 0) {
            return Optional.of(new Read(List.of(), Skeleton.of(List.of()), Set.of(), 0, errors));
        }
        Lines lines = new Lines(Arrays.copyOfRange(records, 1, 1 + count), before.length == 0 ? before : Arrays.copyOfRange(before, 1, before.length));
        if (!lines.match()) {
            return Optional.empty();
        }
        if (lines.toParse * 100L > (long) count * MAX_SHARE_PERCENT) {
            return Optional.empty();
        }
        Set<String> gone = lines.gone();
        lines.leaningOn(gone, alsoCheck);
        return Optional.of(lines.parse(gone, alsoCheck));
    }

    /** The data lines of the new file matched with the reference's. */
    private final class Lines {

        final int[] data;
        final int[] then;
        /** Reference line (ordinal in then) by code. */
        final CodeIndex thenByCode;
        /** Per reference line: the new line (ordinal in data) that repeats it byte for byte, or -1. */
        final int[] repeatedBy;
        /** Per new line: whether it is parsed (it differs, or must be checked again). */
        final boolean[] parse;
        final long[] keys;
        /** Per new line repeating a reference line: the codes of its parent and successor (NONE for none). */
        final long[] parents;
        final long[] successors;
        /** The first new line of each code among those that differ. */
        final CodeIndex differing = new CodeIndex(1024);
        final List<Integer> differingLines = new ArrayList<>();
        int toParse;

        Lines(int[] data, int[] then) {
            this.data = data;
            this.then = then;
            thenByCode = new CodeIndex(then.length);
            for (int j = 0; j < then.length; j++) {
                long key = reference.isPlain(then[j]) ? reference.key(then[j], 0) : CodeIndex.NONE;
                if (key != CodeIndex.NONE) {
                    thenByCode.putIfAbsent(key, j);
                }
            }
            repeatedBy = new int[then.length];
            Arrays.fill(repeatedBy, -1);
            parse = new boolean[data.length];
            keys = new long[data.length];
            parents = new long[data.length];
            successors = new long[data.length];
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
                if (j >= 0 && repeatedBy[j] < 0 && readable(i, record)) {
                    repeatedBy[j] = i;
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
         * Whether the skeleton can be read from the line's bytes (a known kind and status, codes of
         * digits): what the reference's line held, as it passed the checks; else the line is parsed.
         */
        private boolean readable(int i, int record) {
            parents[i] = next.key(record, 5);
            successors[i] = next.key(record, 7);
            return value(record, 2, KINDS, KIND_VALUES) != null && value(record, 6, STATUSES, STATUS_VALUES) != null
                    && (parents[i] != CodeIndex.NONE || next.isEmpty(record, 5))
                    && (successors[i] != CodeIndex.NONE || next.isEmpty(record, 7));
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

        /** Lines naming as parent or successor a code that changed or went, and lines of units named: parsed too. */
        void leaningOn(Set<String> gone, Set<String> alsoCheck) {
            CodeIndex leanedOn = new CodeIndex(differingLines.size() + gone.size());
            differingLines.forEach(i -> leanedOn.putIfAbsent(keys[i], 0));
            gone.forEach(code -> leanedOn.putIfAbsent(CodeIndex.key(code), 0));
            CodeIndex named = new CodeIndex(alsoCheck.size());
            alsoCheck.forEach(code -> named.putIfAbsent(CodeIndex.key(code), 0));
            for (int i = 0; i < data.length; i++) {
                int record = data[i];
                if (!parse[i] && (leanedOn.contains(parents[i]) || leanedOn.contains(successors[i])
                        || !alsoCheck.isEmpty() && named.contains(next.key(record, 0)))) {
                    parse[i] = true;
                }
            }
        }

        Read parse(Set<String> gone, Set<String> alsoCheck) {
            List<RegistryRow> rows = new ArrayList<>();
            Map<Integer, RegistryRow> parsed = new HashMap<>();
            int refused = 0;
            int newest = -1;
            for (int i = 0; i < data.length; i++) {
                if (!parse[i]) {
                    if (newest < 0 || next.compareField(data[i], data[newest], 8) > 0) {
                        newest = i;
                    }
                    continue;
                }
                RegistryRow row = RowParser.parse(next.decode(data[i]), errors);
                if (row == null) {
                    refused++;
                } else {
                    rows.add(row);
                    parsed.put(i, row);
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
            for (int i : parsed.keySet()) {
                RegistryRow row = parsed.get(i);
                if (first(CodeIndex.key(row.code())) == i && (date == null || row.effective().isAfter(date))) {
                    date = row.effective();
                }
            }
            Function<String, Skeleton.Entry> lines = code -> {
                int i = first(CodeIndex.key(code));
                if (i < 0) {
                    return null;
                }
                RegistryRow row = parsed.get(i);
                return row != null ? Skeleton.entry(row) : parse[i] ? null : entry(data[i]);
            };
            Set<String> units = new HashSet<>(gone);
            units.addAll(alsoCheck);
            rows.forEach(r -> units.add(r.code()));
            return new Read(rows, new Skeleton(lines, duplicates, date), units, data.length - refused, errors);
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
    }

    private static long keyOf(Csv.Record record) {
        return record == null ? CodeIndex.NONE : CodeIndex.key(record.fields().get(0).strip());
    }

    /** A line's skeleton from its bytes; null if they hold anything a valid line would not (then it is parsed). */
    private Skeleton.Entry entry(int record) {
        OrgKind kind = (OrgKind) value(record, 2, KINDS, KIND_VALUES);
        OrgStatus status = (OrgStatus) value(record, 6, STATUSES, STATUS_VALUES);
        String parent = next.isEmpty(record, 5) ? null : next.ascii(record, 5);
        String successor = next.isEmpty(record, 7) ? null : next.ascii(record, 7);
        if (kind == null || status == null || (parent == null) != next.isEmpty(record, 5) || (successor == null) != next.isEmpty(record, 7)) {
            return null;
        }
        return new Skeleton.Entry(next.line(record), kind, parent, status, successor);
    }

    private Object value(int record, int field, byte[][] names, Object[] values) {
        for (int i = 0; i < names.length; i++) {
            if (next.fieldIs(record, field, names[i])) {
                return values[i];
            }
        }
        return null;
    }

    /** The records that are not blank lines (Csv.Record.isBlank); null if one of them is not UTF-8. */
    private static int[] nonBlank(RecordScan scan) {
        int[] records = new int[scan.count()];
        int n = 0;
        for (int r = 0; r < scan.count(); r++) {
            if (!scan.isPlain(r)) {
                if (scan.isSurelyBlank(r)) {
                    continue;
                }
                Csv.Record decoded = scan.decode(r);
                if (decoded == null) {
                    return null;
                }
                if (decoded.isBlank()) {
                    continue;
                }
            }
            records[n++] = r;
        }
        return Arrays.copyOf(records, n);
    }

    private static int bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    private static byte[][] names(Enum<?>[] values) {
        byte[][] names = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
        }
        return names;
    }
}

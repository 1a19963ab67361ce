package cn.eduinfo.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The version of the checks a line passes (RowParser, RegistryValidator): a line repeated from a
     * file checked under other rules is not trusted, so that file is no reference. Change it with the rules.
     */
    public static final String RULES = "2026.12";

    /** Beyond this share of lines to parse, a full read costs no more. */
    private static final int MAX_SHARE_PERCENT = 25;

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

    /**
     * A file split into its records, so that two files can be split at once, on two cores; as the
     * reference of a read, also its data lines and their codes' index, built once (see {@link #asReference}).
     */
    public static final class Scan {
        private final RecordScan records;
        private volatile LineMatch.Reference reference;

        private Scan(RecordScan records) {
            this.records = records;
        }

        /**
         * Builds what reading another file against this one needs of it, unless built already: done
         * after its run (FreshUploads.scanKept), it is not done while the next quarter's is read.
         */
        public Scan asReference() {
            if (reference == null) {
                reference = LineMatch.Reference.of(records);
            }
            return this;
        }
    }

    public static Scan scan(byte[] file) {
        return new Scan(RecordScan.of(file, Utf8.bom(file)));
    }

    /** Empty when the file must be read in full: not UTF-8, or too much of it changed. */
    public static Optional<Read> read(byte[] next, byte[] reference, Set<String> alsoCheck) {
        return read(scan(next), scan(reference), alsoCheck);
    }

    public static Optional<Read> read(Scan next, Scan reference, Set<String> alsoCheck) {
        return match(next, reference).map(m -> m.read(alsoCheck));
    }

    /**
     * The new file's lines paired with the reference's: all of a read but the lines of the units to
     * check again (which the database names), so that it can be done as the file is uploaded.
     * Empty when the file must be read in full: not UTF-8, or too much of it changed.
     */
    public static Optional<Matched> match(Scan next, Scan reference) {
        RecordScan records = next.records;
        LineMatch.Reference then = reference.asReference().reference;
        int[] nonBlank = nonBlank(records);
        if (nonBlank == null || then.isNotUtf8()) {
            return Optional.empty();
        }
        Csv.Record header = nonBlank.length == 0 ? null : records.decode(nonBlank[0]);
        Csv.Record last = nonBlank.length == 0 ? null : records.decode(nonBlank[nonBlank.length - 1]);
        if (nonBlank.length > 0 && (header == null || last == null)) {
            return Optional.empty();
        }
        List<RegistryError> errors = new ArrayList<>();
        int count = RegistryFile.frame(header, last, nonBlank.length, errors);
        if (count <= 0) {
            return Optional.of(new Matched(null, Set.of(), errors));
        }
        LineMatch lines = new LineMatch(records, then, Arrays.copyOfRange(nonBlank, 1, 1 + count), errors);
        if (!lines.match() || lines.toParse() * 100L > (long) count * MAX_SHARE_PERCENT) {
            return Optional.empty();
        }
        Set<String> gone = lines.gone();
        lines.leaningOn(gone);
        lines.parseMarked();
        return Optional.of(new Matched(lines, gone, errors));
    }

    /**
     * A file matched against its reference (see {@link #match}), to be read once: the lines that differ
     * and those leaning on them are parsed already; the lines of the units to check again are parsed as it is read.
     */
    public static final class Matched {
        private final LineMatch lines;
        private final Set<String> gone;
        private final List<RegistryError> errors;
        private boolean read;

        private Matched(LineMatch lines, Set<String> gone, List<RegistryError> errors) {
            this.lines = lines;
            this.gone = gone;
            this.errors = errors;
        }

        /** The read, with the lines of the units named parsed and compared too (alsoCheck, see the class). */
        public synchronized Read read(Set<String> alsoCheck) {
            if (read) {
                throw new IllegalStateException("a matched file is read once");
            }
            read = true;
            if (lines == null) {
                return new Read(List.of(), Skeleton.of(List.of()), Set.of(), 0, errors);
            }
            lines.named(alsoCheck);
            return lines.parse(gone, alsoCheck);
        }
    }

    /** The records that are not blank lines (Csv.Record.isBlank); null if one of them is not UTF-8. */
    static int[] nonBlank(RecordScan scan) {
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

}

package cn.eduinfo.sync;

import static cn.eduinfo.sync.RegistryErrors.*;

import cn.eduinfo.org.SchoolCategory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** The registry's quarterly snapshot file (batch/docs/registry-format.md). */
public final class RegistryFile {

    public static final String[] HEADER = {"code", "name", "kind", "category", "division", "parent", "status", "successor", "effective"};
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TRAILER = "END";
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    /**
     * @param rows    the lines without errors, in file order
     * @param errors  every problem found, with its line; the file must be refused unless empty
     * @param charset the encoding the file was read in (declared or detected)
     */
    public record Parsed(List<RegistryRow> rows, List<RegistryError> errors, Charset charset) {
    }

    private RegistryFile() {
    }

    /**
     * Never throws for bad content: every problem is a RegistryError with its line. declared may be
     * null (detect: BOM/valid UTF-8 → UTF-8, else GB18030).
     */
    public static Parsed read(InputStream in, Charset declared) throws IOException {
        Split file = split(in.readAllBytes(), declared);
        return file.join(List.of(file.parse(0, 1)));
    }

    /**
     * The file split into its records and checked as a whole, its data lines still to parse: in parts,
     * on as many threads as the caller has. A UTF-8 file is split in its bytes (RecordScan), any other
     * as decoded text.
     */
    public static Split split(byte[] bytes, Charset declared) {
        // Detection needs the whole file: a GBK file may be valid UTF-8 for thousands of ASCII lines.
        if ((declared == null || declared.equals(StandardCharsets.UTF_8)) && Utf8.isValid(bytes)) {
            RecordScan scan = RecordScan.of(bytes, Utf8.bom(bytes));
            int[] records = SnapshotDelta.nonBlank(scan); // never null: every record is UTF-8
            return Split.of(records.length, r -> scan.record(records[r]), StandardCharsets.UTF_8);
        }
        return splitText(bytes, declared == null ? GB18030 : declared);
    }

    /** The file decoded, then split by Csv: any charset; for UTF-8, what a split in bytes must equal. */
    static Split splitText(byte[] bytes, Charset charset) {
        String text = decode(bytes, charset);
        if (text == null) {
            return new Split(List.of(RegistryError.of(0, BAD_ENCODING, charset.name())), 0, r -> null, charset);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Csv.Record> records = Csv.parse(text).stream().filter(r -> !r.isBlank()).toList();
        return Split.of(records.size(), records::get, charset);
    }

    /**
     * A file's data lines to parse (after the header, before the trailer) and what the checks of the
     * file as a whole found. Parts may be parsed on several threads at once: each only reads the file.
     */
    public static final class Split {

        private final List<RegistryError> errors;
        private final int data;
        /** The record at an index among the non-blank ones, the header's being 0. */
        private final IntFunction<Csv.Record> record;
        private final Charset charset;

        private Split(List<RegistryError> errors, int data, IntFunction<Csv.Record> record, Charset charset) {
            this.errors = errors;
            this.data = data;
            this.record = record;
            this.charset = charset;
        }

        private static Split of(int records, IntFunction<Csv.Record> record, Charset charset) {
            List<RegistryError> errors = new ArrayList<>();
            int data = frame(records == 0 ? null : record.apply(0), records == 0 ? null : record.apply(records - 1), records, errors);
            return new Split(errors, Math.max(0, data), record, charset);
        }

        /** Parses the part-th of {@code parts} equal parts of the data lines. */
        public Part parse(int part, int parts) {
            List<RegistryRow> rows = new ArrayList<>();
            List<RegistryError> lineErrors = new ArrayList<>();
            for (int i = (int) ((long) data * part / parts), to = (int) ((long) data * (part + 1) / parts); i < to; i++) {
                RegistryRow row = RowParser.parse(record.apply(1 + i), lineErrors);
                if (row != null) {
                    rows.add(row);
                }
            }
            return new Part(rows, lineErrors);
        }

        /** The file's rows and errors from all of its parts, in order. */
        public Parsed join(List<Part> parts) {
            List<RegistryRow> rows = new ArrayList<>(data);
            List<RegistryError> all = new ArrayList<>(errors);
            for (Part part : parts) {
                rows.addAll(part.rows());
                all.addAll(part.errors());
            }
            return new Parsed(List.copyOf(rows), List.copyOf(all), charset);
        }
    }

    /** The rows and line errors of a part of a file's data lines. */
    public record Part(List<RegistryRow> rows, List<RegistryError> errors) {
    }

    /**
     * The checks of the file as a whole: its header, its trailer and their count, given the first and
     * the last of its {@code records} non-blank records. Returns how many data records there are (those
     * after the header, before any trailer); -1 when the header is wrong, and nothing else is checked.
     */
    static int frame(Csv.Record header, Csv.Record last, int records, List<RegistryError> errors) {
        if (records == 0) {
            errors.add(RegistryError.of(0, EMPTY_FILE));
            return -1;
        }
        if (header.badQuoting() || !header.fields().equals(Arrays.asList(HEADER))) {
            // Columns cannot be trusted: checking the lines would only bury the real cause.
            errors.add(RegistryError.of(header.line(), BAD_HEADER, String.join(",", header.fields())));
            return -1;
        }
        boolean hasTrailer = records > 1 && TRAILER.equals(last.fields().get(0));
        int data = records - 1 - (hasTrailer ? 1 : 0);
        if (!hasTrailer) {
            errors.add(RegistryError.of(0, MISSING_TRAILER));
        } else if (last.fields().size() != 2 || !COUNT.matcher(last.fields().get(1)).matches()) {
            errors.add(RegistryError.of(last.line(), BAD_TRAILER, String.join(",", last.fields())));
        } else if (Integer.parseInt(last.fields().get(1)) != data) {
            errors.add(RegistryError.of(last.line(), TRAILER_COUNT, last.fields().get(1), data));
        }
        if (data == 0) {
            // A full snapshot of nothing is a broken export, whatever its trailer says.
            errors.add(RegistryError.of(0, EMPTY_FILE));
        }
        return data;
    }

    static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-8 without BOM, header, one line per row (RFC 4180 quoting), trailer "END,<n>", LF line ends. */
    public static void write(List<RegistryRow> rows, OutputStream out) throws IOException {
        // Not closed: the stream is the caller's.
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(w, HEADER);
        for (RegistryRow r : rows) {
            line(w, r.code(), r.name(), r.kind().name(), category(r), r.division(), orEmpty(r.parent()),
                    r.status().name(), orEmpty(r.successor()), r.effective().toString());
        }
        w.write(TRAILER + "," + rows.size() + "\n");
        w.flush();
    }

    /** 9x all map to OTHER: the code's own digits keep 92…99 as they were. */
    private static String category(RegistryRow r) {
        SchoolCategory c = r.category();
        if (c == null) {
            return "";
        }
        String digits = r.code().length() >= 2 ? r.code().substring(0, 2) : "";
        return SchoolCategory.ofCode(digits).filter(c::equals).isPresent() ? digits : c.code();
    }

    private static void line(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(Csv.quote(fields[i]));
        }
        w.write('\n');
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

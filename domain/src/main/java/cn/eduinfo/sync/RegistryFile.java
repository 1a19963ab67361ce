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
        // Detection needs the whole file: a GBK file may be valid UTF-8 for thousands of ASCII lines.
        byte[] bytes = in.readAllBytes();
        Charset charset = declared;
        String text = null;
        if (charset == null) {
            text = decode(bytes, StandardCharsets.UTF_8);
            charset = text != null ? StandardCharsets.UTF_8 : GB18030;
        }
        if (text == null) {
            text = decode(bytes, charset);
        }
        if (text == null) {
            return new Parsed(List.of(), List.of(RegistryError.of(0, BAD_ENCODING, charset.name())), charset);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RegistryRow> rows = new ArrayList<>();
        List<RegistryError> errors = new ArrayList<>();
        parse(Csv.parse(text), rows, errors);
        return new Parsed(List.copyOf(rows), List.copyOf(errors), charset);
    }

    private static void parse(List<Csv.Record> all, List<RegistryRow> rows, List<RegistryError> errors) {
        List<Csv.Record> records = all.stream().filter(r -> !r.isBlank()).toList();
        int data = frame(records.isEmpty() ? null : records.get(0), records.isEmpty() ? null : records.get(records.size() - 1),
                records.size(), errors);
        for (Csv.Record record : data <= 0 ? List.<Csv.Record>of() : records.subList(1, 1 + data)) {
            RegistryRow row = RowParser.parse(record, errors);
            if (row != null) {
                rows.add(row);
            }
        }
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

package cn.eduinfo.sync;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a registry file found in its raw bytes, split exactly as {@link Csv} splits the
 * decoded text (quotes, line ends, the line each record starts on) but without decoding it: where
 * each record lies, and where its fields do. No byte of a multi-byte UTF-8 character is a comma, a
 * quote or a line end, so the bytes split where the characters would.
 */
final class RecordScan {

    static final int FIELDS = RegistryFile.HEADER.length;

    final byte[] bytes;
    private int count;
    private int[] starts;
    private int[] ends;
    private int[] lines;
    /** Per record, FIELDS pairs of raw field bounds (the first FIELDS fields of a record with more). */
    private int[] fields;
    private boolean[] plain;

    private RecordScan(byte[] bytes) {
        this.bytes = bytes;
        int expected = Math.max(1024, bytes.length / 64); // a national line is ~80 bytes
        starts = new int[expected];
        ends = new int[expected];
        lines = new int[expected];
        fields = new int[expected * FIELDS * 2];
        plain = new boolean[expected];
    }

    /** Splits the bytes from {@code from} (past a byte order mark). */
    static RecordScan of(byte[] bytes, int from) {
        RecordScan scan = new RecordScan(bytes);
        scan.split(from);
        return scan;
    }

    int count() {
        return count;
    }

    int line(int record) {
        return lines[record];
    }

    /**
     * Whether the record has exactly the header's fields, none of them badly quoted, and only its name
     * quoted: its other fields can be read straight from the bytes.
     */
    boolean isPlain(int record) {
        return plain[record];
    }

    /** The raw bytes of field f of a plain record, as ASCII text, or null if they are anything else. */
    String ascii(int record, int f) {
        int from = fields[(record * FIELDS + f) * 2];
        int to = fields[(record * FIELDS + f) * 2 + 1];
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0x21 || bytes[i] > 0x7E) {
                return null; // beyond ASCII, or space that the row parser would strip
            }
        }
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The code key (CodeIndex) of field f of a plain record: NONE unless it is all digits. */
    long key(int record, int f) {
        return CodeIndex.key(bytes, fields[(record * FIELDS + f) * 2], fields[(record * FIELDS + f) * 2 + 1]);
    }

    /** Compares field f of two plain records byte by byte (unsigned), as Arrays.compare does. */
    int compareField(int record, int other, int f) {
        int at = (record * FIELDS + f) * 2;
        int otherAt = (other * FIELDS + f) * 2;
        return Arrays.compareUnsigned(bytes, fields[at], fields[at + 1], bytes, fields[otherAt], fields[otherAt + 1]);
    }

    /** Whether field f of a plain record holds exactly these bytes. */
    boolean fieldIs(int record, int f, byte[] value) {
        int from = fields[(record * FIELDS + f) * 2];
        int to = fields[(record * FIELDS + f) * 2 + 1];
        return Arrays.equals(bytes, from, to, value, 0, value.length);
    }

    boolean isEmpty(int record, int f) {
        return fields[(record * FIELDS + f) * 2] == fields[(record * FIELDS + f) * 2 + 1];
    }

    /** Whether the record is nothing but ASCII white space (a blank line, as Csv.Record.isBlank); false if unsure. */
    boolean isSurelyBlank(int record) {
        for (int i = starts[record]; i < ends[record]; i++) {
            byte b = bytes[i];
            if (b != ' ' && (b < 0x09 || b > 0x0D) && (b < 0x1C || b > 0x1F)) {
                return false;
            }
        }
        return true;
    }

    boolean sameBytes(int record, RecordScan other, int otherRecord) {
        return Arrays.equals(bytes, starts[record], ends[record], other.bytes, other.starts[otherRecord], other.ends[otherRecord]);
    }

    /** The record decoded and split by Csv, numbered with its own line; null if its bytes are not valid UTF-8. */
    Csv.Record decode(int record) {
        String text = RegistryFile.decode(Arrays.copyOfRange(bytes, starts[record], ends[record]), StandardCharsets.UTF_8);
        if (text == null) {
            return null;
        }
        Csv.Record r = text.isEmpty() ? new Csv.Record(1, List.of(""), false) : Csv.parse(text).get(0);
        return new Csv.Record(lines[record] + r.line() - 1, r.fields(), r.badQuoting());
    }

    /**
     * The record as Csv gives it from the decoded text; null if its bytes are not valid UTF-8. A plain
     * one is read field by field, as a whole file's records are ({@link #record}).
     */
    Csv.Record read(int record) {
        return plain[record] && Utf8.isValid(bytes, starts[record], ends[record]) ? record(record) : decode(record);
    }

    /**
     * The record as Csv gives it from the decoded text, from a file known to be UTF-8 (Utf8): a plain
     * record field by field from its bytes, any other decoded whole.
     */
    Csv.Record record(int record) {
        if (!plain[record]) {
            return decode(record);
        }
        String[] values = new String[FIELDS];
        for (int f = 0; f < FIELDS; f++) {
            int from = fields[(record * FIELDS + f) * 2];
            int to = fields[(record * FIELDS + f) * 2 + 1];
            if (to > from && bytes[from] == '"') { // only the name may be quoted in a plain record
                values[f] = new String(bytes, from + 1, to - from - 2, StandardCharsets.UTF_8).replace("\"\"", "\"");
            } else {
                values[f] = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            }
        }
        return new Csv.Record(lines[record], Arrays.asList(values), false);
    }

    private void split(int from) {
        byte[] b = bytes;
        int n = b.length;
        int p = from;
        int line = 1;
        while (p < n) {
            int record = count;
            grow();
            starts[record] = p;
            lines[record] = line;
            int field = 0;
            boolean bad = false;
            boolean quotedData = false;
            while (true) {
                int fieldStart = p;
                boolean quoted = p < n && b[p] == '"';
                if (quoted) {
                    p++;
                    boolean closed = false;
                    while (p < n) {
                        byte c = b[p++];
                        if (c == '"') {
                            if (p < n && b[p] == '"') {
                                p++;
                                continue;
                            }
                            closed = true;
                            bad |= p < n && b[p] != ',' && b[p] != '\n' && b[p] != '\r';
                            while (p < n && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                                p++;
                            }
                            break;
                        } else if (c == '\n' || (c == '\r' && !(p < n && b[p] == '\n'))) {
                            line++;
                        }
                    }
                    bad |= !closed;
                } else {
                    while (p < n && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                        bad |= b[p] == '"';
                        p++;
                    }
                }
                if (field < FIELDS) {
                    fields[(record * FIELDS + field) * 2] = fieldStart;
                    fields[(record * FIELDS + field) * 2 + 1] = p;
                }
                quotedData |= quoted && field != 1;
                field++;
                if (p < n && b[p] == ',') {
                    p++;
                    continue;
                }
                break;
            }
            ends[record] = p;
            if (p < n && b[p] == '\r') {
                p++;
            }
            if (p < n && b[p] == '\n') {
                p++;
            }
            line++;
            plain[record] = field == FIELDS && !bad && !quotedData;
            count++;
        }
    }

    private void grow() {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            lines = Arrays.copyOf(lines, size);
            plain = Arrays.copyOf(plain, size);
            fields = Arrays.copyOf(fields, size * FIELDS * 2);
        }
    }
}

package cn.eduinfo.sync.batch;

import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format, encoded straight into a byte buffer and handed to the driver a chunk
 * at a time: a national change set is ~80 MB of text, which as Strings would be built, copied and
 * encoded once more each.
 */
final class CopyText {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private byte[] bytes = new byte[CHUNK + (CHUNK >> 2)];
    private int length;
    private boolean rowStart = true;

    private CopyText(CopyIn copy) {
        this.copy = copy;
    }

    /** What writes a COPY's rows. */
    interface Rows {
        void write(CopyText text) throws SQLException;
    }

    /** One COPY into the target ("table (columns)"), its rows written by rows; cancelled if they fail. */
    static void into(PGConnection postgres, String target, Rows rows) throws SQLException {
        CopyIn copy = postgres.getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
        try {
            CopyText text = new CopyText(copy);
            rows.write(text);
            text.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A whole row. */
    void row(Object... values) throws SQLException {
        for (Object value : values) {
            field(value);
        }
        endRow();
    }

    private void field(Object value) {
        if (!rowStart) {
            put('\t');
        }
        rowStart = false;
        if (value == null) {
            put('\\');
            put('N');
        } else {
            text(value instanceof Boolean b ? (b ? "t" : "f") : value.toString());
        }
    }

    /** Ends the row; sends the buffer once it holds a chunk. */
    private void endRow() throws SQLException {
        put('\n');
        rowStart = true;
        if (length >= CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(bytes, 0, length);
        length = 0;
    }

    /** UTF-8, with backslash escapes for the characters that would end a field or a row. */
    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> put(c);
                }
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put(0xF0 | cp >> 18);
                put(0x80 | cp >> 12 & 0x3F);
                put(0x80 | cp >> 6 & 0x3F);
                put(0x80 | cp & 0x3F);
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
    }

    private void escaped(char c) {
        put('\\');
        put(c);
    }

    private void put(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }
}

package cn.eduinfo.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records with the line each starts on: a quoted field may span lines, so record
 * numbers and line numbers differ, and the operator's report must name lines. Public because the
 * form catalogue ({@code cn.eduinfo.form.CatalogueCsv}) reads and writes the same dialect.
 */
public final class Csv {

    /** @param badQuoting an unclosed quote, a quote inside an unquoted field, or text after a closing quote */
    public record Record(int line, List<String> fields, boolean badQuoting) {

        public boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank() && !badQuoting;
        }
    }

    private final String s;
    private int i;
    private int line = 1;

    private Csv(String s) {
        this.s = s;
    }

    public static List<Record> parse(String text) {
        Csv csv = new Csv(text);
        List<Record> records = new ArrayList<>();
        while (csv.i < text.length()) {
            records.add(csv.record());
        }
        return records;
    }

    /**
     * A file's text: UTF-8 when its bytes are (with or without BOM), else GB18030, as the registry's
     * files are detected; null when it is neither.
     */
    public static String textOf(byte[] bytes) {
        String text = Utf8.isValid(bytes) ? new String(bytes, StandardCharsets.UTF_8) : RegistryFile.decode(bytes, RegistryFile.GB18030);
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Quotes a field only when it must be: keeps files diff-able against the registry's own. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private Record record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        boolean bad = false;
        StringBuilder field = new StringBuilder();
        while (true) {
            bad |= at('"') ? quoted(field) : plain(field);
            fields.add(field.toString());
            field.setLength(0);
            if (!at(',')) {
                break;
            }
            i++;
        }
        if (at('\r')) {
            i++;
        }
        if (at('\n')) {
            i++;
        }
        line++;
        return new Record(start, fields, bad);
    }

    /** Returns true when the quoting is broken. */
    private boolean quoted(StringBuilder field) {
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                if (!at('"')) {
                    // Anything between the closing quote and the separator is broken quoting.
                    boolean trailing = i < s.length() && !at(',') && !at('\n') && !at('\r');
                    plain(field);
                    return trailing;
                }
                i++;
            } else if (c == '\n' || (c == '\r' && !at('\n'))) {
                line++;
            }
            field.append(c);
        }
        return true;
    }

    /** Reads up to the separator or line end; returns true when a quote appears inside. */
    private boolean plain(StringBuilder field) {
        boolean quote = false;
        int start = i;
        for (char c; i < s.length() && (c = s.charAt(i)) != ',' && c != '\n' && c != '\r'; i++) {
            quote |= c == '"';
        }
        field.append(s, start, i);
        return quote;
    }

    private boolean at(char c) {
        return i < s.length() && s.charAt(i) == c;
    }
}

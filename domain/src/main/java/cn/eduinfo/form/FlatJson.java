package cn.eduinfo.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON for a flat object of strings, all a form row needs in its text column; hand-written so
 * the domain needs no JSON library at test time. Writes every control character and the two
 * line separators escaped; reads strictly, refusing anything else (nested values, numbers,
 * duplicate keys, trailing text) with an IllegalArgumentException: stored data that does not
 * read back is a bug to see, not to guess around.
 */
final class FlatJson {

    private final String s;
    private int i;

    private FlatJson(String s) {
        this.s = s;
    }

    static String write(Map<String, String> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, k);
            out.append(':');
            string(out, v);
        });
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static Map<String, String> read(String text) {
        FlatJson p = new FlatJson(text);
        Map<String, String> map = new LinkedHashMap<>();
        p.skip();
        p.expect('{');
        p.skip();
        if (!p.at('}')) {
            do {
                p.skip();
                String key = p.string();
                p.skip();
                p.expect(':');
                p.skip();
                if (map.put(key, p.string()) != null) {
                    throw p.fail("duplicate key " + key);
                }
                p.skip();
            } while (p.accept(','));
        }
        p.expect('}');
        p.skip();
        if (p.i != text.length()) {
            throw p.fail("trailing text");
        }
        return map;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw fail("raw control character");
            }
            out.append(c == '\\' ? escape() : c);
        }
        throw fail("unterminated string");
    }

    private char escape() {
        if (i >= s.length()) {
            throw fail("unterminated escape");
        }
        char c = s.charAt(i++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> unicode();
            default -> throw fail("bad escape \\" + c);
        };
    }

    private char unicode() {
        if (i + 4 > s.length()) {
            throw fail("short \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(s.substring(i, i + 4), 16);
            i += 4;
            return c;
        } catch (NumberFormatException e) {
            throw fail("bad \\u escape");
        }
    }

    private void skip() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r' || s.charAt(i) == '\t')) {
            i++;
        }
    }

    private boolean at(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private boolean accept(char c) {
        if (at(c)) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw fail("expected " + c);
        }
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException("not a flat JSON string map at " + i + ": " + why);
    }
}

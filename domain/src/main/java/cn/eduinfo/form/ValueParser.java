package cn.eduinfo.form;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what a person typed (on the page or in an Excel cell) into the canonical text stored.
 * <ul>
 * <li>Numbers: full-width digits and signs are folded (NFKC) since Chinese input methods produce
 * them; thousands separators are accepted only in correct groups of three ({@code 1,234,567});
 * no exponents; integers may carry a zero fraction ({@code 12.0}, as Excel writes them); decimals
 * and percentages keep at most {@value #MAX_DECIMALS} places; canonical form has no grouping and no
 * trailing zeros. Percentages are 0–100 with an optional {@code %}.</li>
 * <li>Yes/no: 是/否, 有/无, yes/no, y/n, true/false, 1/0 → {@code true}/{@code false}.</li>
 * <li>Choice: the list code, or a choice's Chinese or English name → the code.</li>
 * <li>Text: stored as typed (inert — never interpreted), at most the indicator's length; refused
 * if it holds control characters other than line breaks, or bidirectional overrides that could
 * make a stored text display differently from what it is.</li>
 * </ul>
 */
public final class ValueParser {

    public static final int MAX_DECIMALS = 2;
    public static final int DEFAULT_TEXT_LENGTH = 500;

    /**
     * Markup and statement fragments have no place in a report's text (the issue: 'script and SQL
     * fragments … nothing stored'): angle brackets, SQL comments and terminators, and a quote
     * followed by OR/AND. Every page escapes what it shows anyway; this keeps such text out of the
     * data that other systems receive through the API.
     */
    private static final Pattern MARKUP_OR_STATEMENT = Pattern.compile("[<>]|--|/\\*|\\*/|;\\s*\\w|'\\s*(?i:or|and)\\b");
    /** Beyond any real count or sum of money in these forms; also keeps values inside a long. */
    static final BigDecimal CEILING = new BigDecimal("999999999999");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("有", true), Map.entry("无", false),
            Map.entry("yes", true), Map.entry("no", false), Map.entry("y", true), Map.entry("n", false),
            Map.entry("true", true), Map.entry("false", false), Map.entry("1", true), Map.entry("0", false));

    private ValueParser() {
    }

    public static ParsedValue parse(Indicator indicator, String raw) {
        if (raw == null || raw.isBlank()) {
            return ParsedValue.absent();
        }
        return switch (indicator.type()) {
            case INTEGER, DECIMAL, PERCENTAGE -> number(indicator, raw);
            case YES_NO -> yesNo(raw);
            case CHOICE -> choice(indicator, raw.strip());
            case TEXT -> text(indicator, raw);
        };
    }

    private static ParsedValue number(Indicator indicator, String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (indicator.type() == IndicatorType.PERCENTAGE && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.length() > 40 || !NUMBER.matcher(s).matches()) {
            return ParsedValue.refused("form.value.notNumber");
        }
        BigDecimal n = new BigDecimal(s.replace(",", "")).stripTrailingZeros();
        if (indicator.type() == IndicatorType.INTEGER && n.scale() > 0) {
            return ParsedValue.refused("form.value.notInteger");
        }
        if (n.scale() > MAX_DECIMALS) {
            return ParsedValue.refused("form.value.tooManyDecimals", MAX_DECIMALS);
        }
        if (n.signum() < 0 && indicator.lowerBound().signum() >= 0) {
            return ParsedValue.refused("form.value.negative");
        }
        if (n.compareTo(indicator.lowerBound()) < 0) {
            return ParsedValue.refused("form.value.belowMin", plain(indicator.lowerBound()));
        }
        if (n.compareTo(indicator.upperBound()) > 0) {
            return ParsedValue.refused("form.value.aboveMax", plain(indicator.upperBound()));
        }
        return ParsedValue.ok(plain(n));
    }

    static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    private static ParsedValue yesNo(String raw) {
        Boolean b = YES_NO.get(raw.strip().toLowerCase(Locale.ROOT));
        return b == null ? ParsedValue.refused("form.value.notYesNo") : ParsedValue.ok(b.toString());
    }

    private static ParsedValue choice(Indicator indicator, String s) {
        for (Choice c : indicator.choices()) {
            if (c.code().equals(s) || c.nameZh().equals(s) || c.nameEn().equalsIgnoreCase(s)) {
                return ParsedValue.ok(c.code());
            }
        }
        return ParsedValue.refused("form.value.notAChoice");
    }

    private static ParsedValue text(Indicator indicator, String raw) {
        String s = raw.replace("\r\n", "\n").strip();
        int limit = indicator.upperBound().intValue();
        if (s.codePointCount(0, s.length()) > limit) {
            return ParsedValue.refused("form.value.tooLong", limit);
        }
        if (!isInertText(s)) {
            return ParsedValue.refused("form.value.controlCharacters");
        }
        if (MARKUP_OR_STATEMENT.matcher(s).find()) {
            return ParsedValue.refused("form.value.markup");
        }
        return ParsedValue.ok(s);
    }

    /** True when the text has no control characters but line breaks, no bidi overrides and no broken surrogates. */
    public static boolean isInertText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            boolean brokenSurrogate = Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)));
            if ((Character.isISOControl(c) && c != '\n') || bidi || brokenSurrogate || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}

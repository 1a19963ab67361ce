package cn.eduinfo.form;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.eduinfo.shared.DomainException;

/**
 * A hard check between fields, written {@code A<=B}, {@code A+B+C<=D}, {@code A>=B} or
 * {@code T=A+B}: each side is a sum of numeric indicators. That covers what these forms need —
 * a part never exceeds its whole ('multimedia classrooms ≤ classrooms'), the 'of which' items
 * never exceed their total, and a total that must equal its parts. A rule is judged only when
 * every operand has a value: required-field checks report missing values, not this rule.
 */
public record CrossFieldRule(String id, List<String> left, Comparison comparison, List<String> right) implements Serializable {

    public enum Comparison {
        LE("<="), GE(">="), EQ("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(BigDecimal l, BigDecimal r) {
            int c = l.compareTo(r);
            return switch (this) {
                case LE -> c <= 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
            };
        }
    }

    private static final Pattern TEXT = Pattern.compile("([^<>=]+)(<=|>=|=)([^<>=]+)");

    public CrossFieldRule {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (id == null || id.isBlank() || left.isEmpty() || right.isEmpty()) {
            throw new DomainException("form.catalogue.badRule", String.valueOf(id));
        }
    }

    public static CrossFieldRule parse(String id, String text) {
        Matcher m = TEXT.matcher(text.replace(" ", ""));
        if (!m.matches()) {
            throw new DomainException("form.catalogue.badRule", id);
        }
        Comparison c = Stream.of(Comparison.values()).filter(x -> x.symbol.equals(m.group(2))).findFirst().orElseThrow();
        return new CrossFieldRule(id, codes(id, m.group(1)), c, codes(id, m.group(3)));
    }

    private static List<String> codes(String id, String side) {
        List<String> codes = new ArrayList<>();
        for (String code : side.split("\\+", -1)) {
            if (code.isBlank()) {
                throw new DomainException("form.catalogue.badRule", id);
            }
            codes.add(code);
        }
        return codes;
    }

    public List<String> operands() {
        List<String> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    /** The finding on the first left-hand field, or null when the rule holds or cannot be judged yet. */
    public Finding judge(Map<String, String> values) {
        BigDecimal l = sum(left, values);
        BigDecimal r = sum(right, values);
        if (l == null || r == null || comparison.holds(l, r)) {
            return null;
        }
        return Finding.hard(left.get(0), "form.rule." + comparison.name(), expression(left), expression(right),
                ValueParser.plain(l), ValueParser.plain(r));
    }

    private static BigDecimal sum(List<String> codes, Map<String, String> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (String code : codes) {
            String v = values.get(code);
            if (v == null) {
                return null;
            }
            total = total.add(new BigDecimal(v));
        }
        return total;
    }

    private static String expression(List<String> codes) {
        return String.join("+", codes);
    }

    @Override
    public String toString() {
        return expression(left) + comparison.symbol + expression(right);
    }
}

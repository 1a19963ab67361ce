package cn.eduinfo.form;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eduinfo.shared.DomainException;

/**
 * How a derived indicator is computed from typed ones: {@code SUM(A+B+C)} or {@code RATIO(A/B)},
 * the latter as a percentage with two decimals. A derived value exists only when every operand
 * has one (and, for a ratio, the denominator is not zero): a half-filled form shows no total
 * rather than a wrong one.
 */
public record Formula(Operation operation, List<String> operands) implements Serializable {

    public enum Operation { SUM, RATIO }

    private static final Pattern TEXT = Pattern.compile("(SUM|RATIO)\\(([^()]*)\\)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Formula {
        operands = List.copyOf(operands);
        if (operation == Operation.RATIO && operands.size() != 2 || operands.isEmpty()) {
            throw new DomainException("form.catalogue.badFormula", operation + "" + operands);
        }
    }

    public static Formula parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new DomainException("form.catalogue.badFormula", text);
        }
        Operation op = Operation.valueOf(m.group(1));
        String separator = op == Operation.SUM ? "\\+" : "/";
        List<String> codes = new ArrayList<>();
        for (String code : m.group(2).split(separator, -1)) {
            if (code.isBlank()) {
                throw new DomainException("form.catalogue.badFormula", text);
            }
            codes.add(code.strip());
        }
        return new Formula(op, codes);
    }

    /** The canonical value, or null when an operand is missing or the denominator is zero. */
    public String compute(Map<String, String> values) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (String code : operands) {
            String v = values.get(code);
            if (v == null) {
                return null;
            }
            numbers.add(new BigDecimal(v));
        }
        if (operation == Operation.SUM) {
            return ValueParser.plain(numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (numbers.get(1).signum() == 0) {
            return null;
        }
        return ValueParser.plain(numbers.get(0).multiply(HUNDRED).divide(numbers.get(1), ValueParser.MAX_DECIMALS, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return operation + "(" + String.join(operation == Operation.SUM ? "+" : "/", operands) + ")";
    }
}

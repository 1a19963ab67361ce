package cn.eduinfo.form;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.eduinfo.shared.DomainException;

/**
 * One item of a form. Typed indicators are filled in; derived ones carry a {@link Formula} and
 * are always computed. For numbers {@code min}/{@code max} are value bounds (a missing minimum
 * is 0: nothing these forms count can be negative); for text {@code max} is the length limit.
 *
 * @param audiences who is asked this indicator; a subset of its form's audiences
 */
public record Indicator(String code, Section section, String nameZh, String nameEn, String unit, IndicatorType type,
                        BigDecimal min, BigDecimal max, boolean required, List<Choice> choices, Formula formula,
                        Set<Audience> audiences, String helpZh, String helpEn) implements Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    public Indicator {
        choices = List.copyOf(choices);
        audiences = Set.copyOf(audiences);
        unit = unit == null ? "" : unit;
        helpZh = helpZh == null ? "" : helpZh;
        helpEn = helpEn == null ? "" : helpEn;
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainException("form.catalogue.badCode", String.valueOf(code));
        }
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new DomainException("form.catalogue.missingName", code);
        }
        if ((type == IndicatorType.CHOICE) != !choices.isEmpty()) {
            throw new DomainException("form.catalogue.choicesOnlyForChoice", code);
        }
        if (formula != null && !derivedTypeFits(type, formula)) {
            throw new DomainException("form.catalogue.badFormula", code);
        }
        if (type == IndicatorType.TEXT && max != null && (max.signum() <= 0 || max.intValue() > ValueParser.DEFAULT_TEXT_LENGTH)) {
            throw new DomainException("form.catalogue.badTextLength", code, ValueParser.DEFAULT_TEXT_LENGTH);
        }
        if (audiences.isEmpty()) {
            throw new DomainException("form.catalogue.noAudience", code);
        }
    }

    private static boolean derivedTypeFits(IndicatorType type, Formula formula) {
        return formula.operation() == Formula.Operation.RATIO
                ? type == IndicatorType.PERCENTAGE
                : type == IndicatorType.INTEGER || type == IndicatorType.DECIMAL;
    }

    public boolean isDerived() {
        return formula != null;
    }

    public boolean appliesTo(Audience audience) {
        return audiences.contains(audience);
    }

    public ParsedValue parse(String raw) {
        return ValueParser.parse(this, raw);
    }

    BigDecimal lowerBound() {
        return min != null ? min : BigDecimal.ZERO;
    }

    BigDecimal upperBound() {
        if (type == IndicatorType.TEXT) {
            return max != null ? max : BigDecimal.valueOf(ValueParser.DEFAULT_TEXT_LENGTH);
        }
        if (type == IndicatorType.PERCENTAGE) {
            return max != null ? max.min(BigDecimal.valueOf(100)) : BigDecimal.valueOf(100);
        }
        return max != null ? max : ValueParser.CEILING;
    }

    /** A short hint of what may be entered, e.g. "0–100000" or "是/否", for the page and the Excel template. */
    public String hintZh() {
        return switch (type) {
            case INTEGER -> "整数 " + range();
            case DECIMAL -> "数值 " + range() + "，最多" + ValueParser.MAX_DECIMALS + "位小数";
            case PERCENTAGE -> "百分比 " + range();
            case YES_NO -> "是/否";
            case CHOICE -> String.join("/", choices.stream().map(Choice::nameZh).toList());
            case TEXT -> "文本，不超过" + upperBound().intValue() + "字";
        };
    }

    private String range() {
        String high = upperBound().compareTo(ValueParser.CEILING) == 0 ? "" : ValueParser.plain(upperBound());
        return ValueParser.plain(lowerBound()) + "–" + high;
    }
}

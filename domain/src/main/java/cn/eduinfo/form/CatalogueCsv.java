package cn.eduinfo.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.sync.Csv;

/**
 * The catalogue's text format (see {@code domain/docs/catalogue-format.md}): an indicator table
 * and a rule table, both RFC 4180 CSV with a {@code form} column. The default catalogue ships as
 * two such files; one form version is stored and exported as a single text holding a
 * {@code # form=…;version=…;valid_from=…} line, its indicator table, a {@code # rules} line and
 * its rule table. Records whose first field starts with {@code #} are comments.
 */
public final class CatalogueCsv {

    public static final List<String> INDICATOR_COLUMNS = List.of("form", "code", "section", "name_zh", "name_en", "unit",
            "type", "min", "max", "required", "choices", "formula", "applies_to", "help_zh", "help_en");
    public static final List<String> RULE_COLUMNS = List.of("form", "id", "rule");
    private static final Pattern VERSION_LINE = Pattern.compile("#\\s*form=(\\w+);version=(\\d+);valid_from=(\\w+)\\s*");

    private CatalogueCsv() {
    }

    public static Map<FormKind, List<Indicator>> readIndicators(String text) {
        Map<FormKind, List<Indicator>> forms = new LinkedHashMap<>();
        for (Csv.Record r : table(Csv.parse(text), INDICATOR_COLUMNS)) {
            FormKind kind = enumField(FormKind.class, r, 0);
            forms.computeIfAbsent(kind, k -> new ArrayList<>()).add(indicator(kind, r));
        }
        return forms;
    }

    public static Map<FormKind, List<CrossFieldRule>> readRules(String text) {
        Map<FormKind, List<CrossFieldRule>> forms = new LinkedHashMap<>();
        for (Csv.Record r : table(Csv.parse(text), RULE_COLUMNS)) {
            FormKind kind = enumField(FormKind.class, r, 0);
            forms.computeIfAbsent(kind, k -> new ArrayList<>()).add(CrossFieldRule.parse(r.fields().get(1), r.fields().get(2)));
        }
        return forms;
    }

    public static FormVersion readVersion(String text) {
        String[] parts = text.split("(?m)^#\\s*rules\\s*$", 2);
        Matcher m = VERSION_LINE.matcher(text.lines().findFirst().orElse(""));
        if (parts.length != 2 || !m.matches()) {
            throw new DomainException("form.catalogue.notAVersion");
        }
        FormKind kind = FormKind.valueOf(m.group(1));
        List<Indicator> indicators = readIndicators(parts[0]).getOrDefault(kind, List.of());
        List<CrossFieldRule> rules = readRules(parts[1]).getOrDefault(kind, List.of());
        return new FormVersion(kind, Integer.parseInt(m.group(2)), Quarter.parse(m.group(3)), indicators, rules);
    }

    public static String writeVersion(FormVersion v) {
        StringBuilder out = new StringBuilder();
        out.append("# form=").append(v.kind()).append(";version=").append(v.number()).append(";valid_from=").append(v.validFrom()).append('\n');
        line(out, INDICATOR_COLUMNS);
        v.indicators().forEach(i -> line(out, fields(v.kind(), i)));
        out.append("# rules\n");
        line(out, RULE_COLUMNS);
        v.rules().forEach(r -> line(out, List.of(v.kind().name(), r.id(), r.toString())));
        return out.toString();
    }

    /** The fields of one indicator row, in {@link #INDICATOR_COLUMNS} order (the Excel export uses them too). */
    public static List<String> fields(FormKind kind, Indicator i) {
        return List.of(kind.name(), i.code(), i.section().name(), i.nameZh(), i.nameEn(), i.unit(), i.type().name(),
                number(i.min()), number(i.max()), i.required() ? "Y" : "", choices(i.choices()),
                i.formula() == null ? "" : i.formula().toString(), audiences(kind, i.audiences()), i.helpZh(), i.helpEn());
    }

    /** Reads one indicator row given as fields in {@link #INDICATOR_COLUMNS} order; {@code line} names it in errors. */
    public static Indicator indicator(FormKind kind, int line, List<String> fields) {
        return indicator(kind, new Csv.Record(line, fields, false));
    }

    private static Indicator indicator(FormKind kind, Csv.Record r) {
        List<String> f = r.fields();
        String code = f.get(1).strip();
        String formula = f.get(11).strip();
        return new Indicator(code, enumField(Section.class, r, 2), f.get(3).strip(), f.get(4).strip(), f.get(5).strip(),
                enumField(IndicatorType.class, r, 6), decimal(r, 7), decimal(r, 8), flag(r, 9), choices(r, 10),
                formula.isEmpty() ? null : Formula.parse(formula), audiences(kind, r, 12), f.get(13).strip(), f.get(14).strip());
    }

    private static List<Csv.Record> table(List<Csv.Record> records, List<String> columns) {
        List<Csv.Record> rows = records.stream()
                .filter(r -> !r.isBlank() && !r.fields().get(0).startsWith("#")).toList();
        if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(columns)) {
            throw new DomainException("form.catalogue.badHeader", String.join(",", columns));
        }
        for (Csv.Record r : rows) {
            if (r.badQuoting() || r.fields().size() != columns.size()) {
                throw new DomainException("form.catalogue.badRow", r.line(), columns.size());
            }
        }
        return rows.subList(1, rows.size());
    }

    private static <E extends Enum<E>> E enumField(Class<E> type, Csv.Record r, int column) {
        try {
            return Enum.valueOf(type, r.fields().get(column).strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("form.catalogue.badField", r.line(), columnName(r, column));
        }
    }

    private static BigDecimal decimal(Csv.Record r, int column) {
        String s = r.fields().get(column).strip();
        try {
            return s.isEmpty() ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new DomainException("form.catalogue.badField", r.line(), columnName(r, column));
        }
    }

    private static boolean flag(Csv.Record r, int column) {
        String s = r.fields().get(column).strip();
        if (!s.isEmpty() && !s.equals("Y")) {
            throw new DomainException("form.catalogue.badField", r.line(), columnName(r, column));
        }
        return s.equals("Y");
    }

    /** {@code CODE:中文:English|CODE:中文:English}. */
    private static List<Choice> choices(Csv.Record r, int column) {
        String s = r.fields().get(column).strip();
        List<Choice> choices = new ArrayList<>();
        for (String item : s.isEmpty() ? new String[0] : s.split("\\|")) {
            String[] p = item.split(":", -1);
            if (p.length != 3 || p[0].isBlank() || p[1].isBlank() || p[2].isBlank()) {
                throw new DomainException("form.catalogue.badField", r.line(), columnName(r, column));
            }
            choices.add(new Choice(p[0].strip(), p[1].strip(), p[2].strip()));
        }
        return choices;
    }

    private static String choices(List<Choice> choices) {
        return choices.stream().map(c -> c.code() + ":" + c.nameZh() + ":" + c.nameEn()).collect(Collectors.joining("|"));
    }

    /** {@code *} for all of the form's audiences, {@code !X} to leave one out, {@code X} to name one. */
    private static Set<Audience> audiences(FormKind kind, Csv.Record r, int column) {
        Set<Audience> set = EnumSet.noneOf(Audience.class);
        for (String token : r.fields().get(column).strip().split("\\|")) {
            String t = token.strip();
            try {
                if (t.equals("*")) {
                    set.addAll(Audience.allOf(kind));
                } else if (t.startsWith("!")) {
                    set.remove(Audience.valueOf(t.substring(1)));
                } else {
                    set.add(Audience.valueOf(t));
                }
            } catch (IllegalArgumentException e) {
                throw new DomainException("form.catalogue.badField", r.line(), columnName(r, column));
            }
        }
        return set;
    }

    private static String audiences(FormKind kind, Set<Audience> audiences) {
        Set<Audience> all = Audience.allOf(kind);
        if (audiences.equals(all)) {
            return "*";
        }
        Set<Audience> left = EnumSet.copyOf(all);
        left.removeAll(audiences);
        if (left.size() < audiences.size()) {
            return "*|" + left.stream().map(a -> "!" + a).collect(Collectors.joining("|"));
        }
        return EnumSet.copyOf(audiences).stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static String columnName(Csv.Record r, int column) {
        return (r.fields().size() == RULE_COLUMNS.size() ? RULE_COLUMNS : INDICATOR_COLUMNS).get(column);
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(Csv::quote).collect(Collectors.joining(","))).append('\n');
    }
}

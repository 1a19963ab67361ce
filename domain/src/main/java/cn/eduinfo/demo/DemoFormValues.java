package cn.eduinfo.demo;

import cn.eduinfo.form.CrossFieldRule;
import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible values of a form for the demo data set: every typed indicator filled within its bounds,
 * then adjusted until every cross-field rule holds (a part scaled down to its whole, a total set to
 * the sum of its parts), so that a demo unit's last quarter passes the same checks as a real save.
 */
public final class DemoFormValues {

    private static final int PASSES = 6;

    private DemoFormValues() {
    }

    public static FormValues generate(FormVersion version, Random random) {
        Map<String, String> values = new HashMap<>();
        for (Indicator i : version.indicators()) {
            if (!i.isDerived()) {
                value(i, random, values);
            }
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (CrossFieldRule rule : version.rules()) {
                enforce(rule, values);
            }
        }
        return FormValues.of(values).withDerived(version);
    }

    private static void value(Indicator i, Random random, Map<String, String> values) {
        switch (i.type()) {
            case INTEGER -> values.put(i.code(), Long.toString(between(i, 0, 400, random).longValue()));
            case DECIMAL -> values.put(i.code(), between(i, 0, 2000, random).setScale(1, RoundingMode.DOWN).toPlainString());
            case PERCENTAGE -> values.put(i.code(), Integer.toString(40 + random.nextInt(61)));
            case YES_NO -> values.put(i.code(), Boolean.toString(random.nextInt(10) < 8));
            case CHOICE -> values.put(i.code(), i.choices().get(random.nextInt(i.choices().size())).code());
            case TEXT -> {
                if (i.required()) {
                    values.put(i.code(), "无");
                }
            }
        }
    }

    private static BigDecimal between(Indicator i, int low, int high, Random random) {
        BigDecimal min = i.min() == null ? BigDecimal.valueOf(low) : i.min().max(BigDecimal.valueOf(low));
        BigDecimal max = i.max() == null ? BigDecimal.valueOf(high) : i.max().min(BigDecimal.valueOf(high).max(min));
        return min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextDouble())));
    }

    private static void enforce(CrossFieldRule rule, Map<String, String> values) {
        if (!rule.operands().stream().allMatch(values::containsKey)) {
            return;
        }
        BigDecimal left = sum(rule.left(), values);
        BigDecimal right = sum(rule.right(), values);
        switch (rule.comparison()) {
            case LE -> scale(rule.left(), left, right, values);
            case GE -> scale(rule.right(), right, left, values);
            case EQ -> {
                if (rule.left().size() == 1) {
                    values.put(rule.left().get(0), right.toPlainString());
                } else if (rule.right().size() == 1) {
                    values.put(rule.right().get(0), left.toPlainString());
                }
            }
        }
    }

    /** Scales the parts down so that their sum does not exceed the whole, keeping integers whole. */
    private static void scale(List<String> parts, BigDecimal partsSum, BigDecimal whole, Map<String, String> values) {
        if (partsSum.compareTo(whole) <= 0) {
            return;
        }
        BigDecimal factor = whole.divide(partsSum, 6, RoundingMode.DOWN);
        for (String code : parts) {
            BigDecimal v = new BigDecimal(values.get(code)).multiply(factor);
            int scale = values.get(code).contains(".") ? 1 : 0;
            values.put(code, v.setScale(scale, RoundingMode.DOWN).toPlainString());
        }
    }

    private static BigDecimal sum(List<String> codes, Map<String, String> values) {
        return codes.stream().map(c -> new BigDecimal(values.get(c))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package cn.eduinfo.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

/**
 * What a new form version changes against the one before: indicators added, retired or changed
 * (same code, new definition), rules added or retired — or a whole replacement, as when the MoE
 * imports the catalogue it edited in Excel. Immutable: each call returns a longer list of changes.
 */
public final class FormChanges {

    private final List<UnaryOperator<Draft>> steps;

    private record Draft(List<Indicator> indicators, List<CrossFieldRule> rules) {
    }

    private FormChanges(List<UnaryOperator<Draft>> steps) {
        this.steps = List.copyOf(steps);
    }

    public static FormChanges none() {
        return new FormChanges(List.of());
    }

    /** Replaces every indicator and rule, e.g. with a version read from the MoE's workbook. */
    public static FormChanges replacingAll(List<Indicator> indicators, List<CrossFieldRule> rules) {
        return none().then(d -> new Draft(new ArrayList<>(indicators), new ArrayList<>(rules)));
    }

    /** Adds an indicator at the end of its section (or of the form, if the section is new to it). */
    public FormChanges add(Indicator indicator) {
        return then(d -> {
            if (indexOf(d, indicator.code()) >= 0) {
                throw new DomainException("form.catalogue.duplicateCode", indicator.code());
            }
            int at = 0;
            for (int i = 0; i < d.indicators.size(); i++) {
                if (d.indicators.get(i).section() == indicator.section()) {
                    at = i + 1;
                }
            }
            d.indicators.add(at == 0 ? d.indicators.size() : at, indicator);
            return d;
        });
    }

    /** Retires an indicator; a formula or rule still naming it makes the new version fail to build. */
    public FormChanges retire(String code) {
        return then(d -> {
            d.indicators.remove(existing(d, code));
            return d;
        });
    }

    /** Changes an indicator in place (same code and position): its bounds, names, type… */
    public FormChanges change(Indicator indicator) {
        return then(d -> {
            d.indicators.set(existing(d, indicator.code()), indicator);
            return d;
        });
    }

    public FormChanges addRule(CrossFieldRule rule) {
        return then(d -> {
            d.rules.add(rule);
            return d;
        });
    }

    public FormChanges retireRule(String id) {
        return then(d -> {
            if (!d.rules.removeIf(r -> r.id().equals(id))) {
                throw new DomainException("form.catalogue.unknownRule", id);
            }
            return d;
        });
    }

    FormVersion applyTo(FormVersion base, Quarter from) {
        Draft d = new Draft(new ArrayList<>(base.indicators()), new ArrayList<>(base.rules()));
        for (UnaryOperator<Draft> step : steps) {
            d = step.apply(d);
        }
        return new FormVersion(base.kind(), base.number() + 1, from, d.indicators, d.rules);
    }

    private FormChanges then(UnaryOperator<Draft> step) {
        List<UnaryOperator<Draft>> more = new ArrayList<>(steps);
        more.add(step);
        return new FormChanges(more);
    }

    private static int existing(Draft d, String code) {
        int i = indexOf(d, code);
        if (i < 0) {
            throw new DomainException("form.catalogue.unknownIndicator", code);
        }
        return i;
    }

    private static int indexOf(Draft d, String code) {
        for (int i = 0; i < d.indicators.size(); i++) {
            if (d.indicators.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}

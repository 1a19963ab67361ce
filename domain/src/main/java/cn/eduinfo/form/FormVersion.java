package cn.eduinfo.form;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

/**
 * One version of one form, valid from a quarter until the next version's quarter. A quarter's
 * data stays tied to the version it was filled under, so a version is never edited: a change is
 * a new version ({@link Catalogue#newVersion}). Construction checks the version is coherent — every
 * formula and rule names numeric indicators of this version, derived indicators build only on
 * typed ones and are asked of no one who is not asked their operands.
 */
public record FormVersion(FormKind kind, int number, Quarter validFrom, List<Indicator> indicators, List<CrossFieldRule> rules) implements Serializable {

    public FormVersion {
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
        if (number < 1 || indicators.isEmpty()) {
            throw new DomainException("form.catalogue.empty", kind, number);
        }
        Map<String, Indicator> byCode = index(kind, indicators);
        indicators.stream().filter(Indicator::isDerived).forEach(d -> checkFormula(d, byCode));
        Set<String> ids = new HashSet<>();
        for (CrossFieldRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new DomainException("form.catalogue.duplicateRule", rule.id());
            }
            rule.operands().forEach(code -> numericOperand(rule.id(), code, byCode));
        }
    }

    private static Map<String, Indicator> index(FormKind kind, List<Indicator> indicators) {
        Set<Audience> formAudiences = Audience.allOf(kind);
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (byCode.put(i.code(), i) != null) {
                throw new DomainException("form.catalogue.duplicateCode", i.code());
            }
            if (!formAudiences.containsAll(i.audiences())) {
                throw new DomainException("form.catalogue.audienceOutsideForm", i.code(), kind);
            }
        }
        return byCode;
    }

    private static void checkFormula(Indicator derived, Map<String, Indicator> byCode) {
        for (String code : derived.formula().operands()) {
            Indicator operand = numericOperand(derived.code(), code, byCode);
            if (operand.isDerived()) {
                // One pass computes every derived value; a chain would need an order, and no form needs one.
                throw new DomainException("form.catalogue.derivedOfDerived", derived.code(), code);
            }
            if (!operand.audiences().containsAll(derived.audiences())) {
                throw new DomainException("form.catalogue.operandNotAsked", derived.code(), code);
            }
        }
    }

    private static Indicator numericOperand(String user, String code, Map<String, Indicator> byCode) {
        Indicator operand = byCode.get(code);
        if (operand == null) {
            throw new DomainException("form.catalogue.unknownOperand", user, code);
        }
        if (!operand.type().isNumeric()) {
            throw new DomainException("form.catalogue.operandNotNumeric", user, code);
        }
        return operand;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The form as one organisation sees it: only the indicators asked of its audience, and only
     * the rules all of whose fields it is asked. Same number and start, so data stays tied to it.
     */
    public FormVersion applicableTo(Audience audience) {
        if (audience.form() != kind) {
            throw new DomainException("form.version.wrongForm", audience, kind);
        }
        List<Indicator> asked = indicators.stream().filter(i -> i.appliesTo(audience)).toList();
        Set<String> codes = new HashSet<>(asked.stream().map(Indicator::code).toList());
        List<CrossFieldRule> judged = rules.stream().filter(r -> codes.containsAll(r.operands())).toList();
        return new FormVersion(kind, number, validFrom, asked, judged);
    }

    /** Sections in the order of their first indicator, each with its indicators in form order. */
    public Map<Section, List<Indicator>> bySection() {
        Map<Section, List<Indicator>> sections = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            sections.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i);
        }
        return sections;
    }

    public String toCsv() {
        return CatalogueCsv.writeVersion(this);
    }

    public static FormVersion fromCsv(String text) {
        return CatalogueCsv.readVersion(text);
    }
}

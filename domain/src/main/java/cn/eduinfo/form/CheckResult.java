package cn.eduinfo.form;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the checks found, with the values as they would be stored (canonical, derived computed,
 * refused inputs left out) and the explanations that answer a fix-or-explain finding.
 */
public record CheckResult(FormValues values, List<Finding> findings, Map<String, String> explanations) implements Serializable {

    public CheckResult {
        findings = List.copyOf(findings);
        explanations = Map.copyOf(explanations);
    }

    /** A hard finding, or a fix-or-explain finding nobody has explained. */
    public boolean blocksSaving() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.HARD) || !unexplained().isEmpty();
    }

    public List<Finding> unexplained() {
        return findings.stream().filter(f -> f.severity() == Severity.EXPLAIN && !explanations.containsKey(f.indicatorCode())).toList();
    }

    public List<Finding> findingsFor(String code) {
        return findings.stream().filter(f -> f.indicatorCode().equals(code)).toList();
    }
}

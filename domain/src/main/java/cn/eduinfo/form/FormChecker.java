package cn.eduinfo.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All checks of one save, page or Excel alike. Hard checks (type, bounds, required, cross-field
 * rules) block saving. Fix-or-explain checks (a big change against last quarter; a value far
 * outside the county's peers) block only until the filler explains, in at most
 * {@value #MAX_EXPLANATION} characters; reviewers see the explanation.
 * <p>
 * Pass the version as the organisation sees it ({@link FormVersion#applicableTo}): a value for an
 * indicator not asked of it is refused. Values typed into derived indicators are ignored and
 * recomputed, so carrying last quarter's stored values (derived included) over is fine.
 */
public final class FormChecker {

    public static final int MAX_EXPLANATION = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FormChecker() {
    }

    /**
     * @param previousQuarter last quarter's values, null if none (a new organisation)
     * @param peers           the county's spread, null when not known
     * @param explanations    indicator code → the filler's explanation
     */
    public static CheckResult check(FormVersion version, FormValues proposed, FormValues previousQuarter, PeerStats peers,
                                    Map<String, String> explanations, CheckSettings settings) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> typed = parse(version, proposed, findings);
        for (Indicator i : version.indicators()) {
            if (i.required() && !i.isDerived() && !typed.containsKey(i.code()) && findingsOn(findings, i.code()).isEmpty()) {
                findings.add(Finding.hard(i.code(), "form.check.required"));
            }
        }
        FormValues values = FormValues.of(typed).withDerived(version);
        for (CrossFieldRule rule : version.rules()) {
            Finding f = rule.judge(values.asMap());
            if (f != null) {
                findings.add(f);
            }
        }
        Set<String> hard = new HashSet<>(findings.stream().map(Finding::indicatorCode).toList());
        for (Indicator i : version.indicators()) {
            String v = typed.get(i.code());
            if (i.type().isNumeric() && !i.isDerived() && v != null && !hard.contains(i.code())) {
                BigDecimal now = new BigDecimal(v);
                changeAgainst(i, now, previousQuarter, settings, findings);
                outlierAmong(i, now, peers, settings, findings);
            }
        }
        return new CheckResult(values, findings, explanationsFor(findings, explanations));
    }

    private static Map<String, String> parse(FormVersion version, FormValues proposed, List<Finding> findings) {
        Map<String, String> typed = new HashMap<>();
        proposed.asMap().forEach((code, raw) -> {
            Indicator i = version.indicator(code).orElse(null);
            if (i == null) {
                findings.add(Finding.hard(code, "form.value.unknownIndicator"));
            } else if (!i.isDerived()) {
                ParsedValue p = i.parse(raw);
                if (p.isRefused()) {
                    findings.add(new Finding(code, Severity.HARD, p.refusalKey(), p.args()));
                } else if (!p.isAbsent()) {
                    typed.put(code, p.value());
                }
            }
        });
        return typed;
    }

    private static void changeAgainst(Indicator i, BigDecimal now, FormValues previous, CheckSettings s, List<Finding> findings) {
        String before = previous == null ? null : previous.get(i.code()).orElse(null);
        if (before == null || !before.matches("-?\\d+(\\.\\d+)?")) {
            return;
        }
        BigDecimal old = new BigDecimal(before);
        BigDecimal move = now.subtract(old).abs();
        if (move.compareTo(s.minAbsoluteChange()) < 0 || move.signum() == 0) {
            return;
        }
        boolean beyondShare = old.signum() == 0
                || move.compareTo(old.abs().multiply(BigDecimal.valueOf(s.changeShare()))) > 0;
        if (beyondShare) {
            String percent = old.signum() == 0 ? "∞"
                    : ValueParser.plain(move.multiply(HUNDRED).divide(old.abs(), 0, RoundingMode.HALF_UP));
            findings.add(Finding.explain(i.code(), "form.check.bigChange", before, ValueParser.plain(now), percent));
        }
    }

    /** Outside [Q1 − k·IQR, Q3 + k·IQR] among at least minPeers peers, and not merely a small step from the median. */
    private static void outlierAmong(Indicator i, BigDecimal now, PeerStats peers, CheckSettings s, List<Finding> findings) {
        PeerStats.Spread sp = peers == null ? null : peers.spread(i.code()).orElse(null);
        if (sp == null || sp.count() < s.minPeers()) {
            return;
        }
        double v = now.doubleValue();
        double low = sp.q1() - s.peerFactor() * sp.iqr();
        double high = sp.q3() + s.peerFactor() * sp.iqr();
        boolean far = Math.abs(v - sp.median()) >= s.minAbsoluteChange().doubleValue();
        if ((v < low || v > high) && far) {
            findings.add(Finding.explain(i.code(), "form.check.peerOutlier", ValueParser.plain(now),
                    round(sp.median()), round(Math.max(low, 0)), round(high), sp.count()));
        }
    }

    private static String round(double d) {
        return ValueParser.plain(BigDecimal.valueOf(d).setScale(ValueParser.MAX_DECIMALS, RoundingMode.HALF_UP));
    }

    /** Keeps the explanations that answer a finding; a bad one becomes a hard finding of its own. */
    private static Map<String, String> explanationsFor(List<Finding> findings, Map<String, String> given) {
        Map<String, String> kept = new HashMap<>();
        for (Finding f : List.copyOf(findings)) {
            String text = given == null ? null : given.get(f.indicatorCode());
            if (f.severity() != Severity.EXPLAIN || text == null || text.isBlank() || kept.containsKey(f.indicatorCode())) {
                continue;
            }
            String t = text.replace("\r\n", "\n").strip();
            if (t.codePointCount(0, t.length()) > MAX_EXPLANATION) {
                findings.add(Finding.hard(f.indicatorCode(), "form.explanation.tooLong", MAX_EXPLANATION));
            } else if (!ValueParser.isInertText(t)) {
                findings.add(Finding.hard(f.indicatorCode(), "form.explanation.controlCharacters"));
            } else {
                kept.put(f.indicatorCode(), t);
            }
        }
        return kept;
    }

    private static List<Finding> findingsOn(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.indicatorCode().equals(code)).toList();
    }
}

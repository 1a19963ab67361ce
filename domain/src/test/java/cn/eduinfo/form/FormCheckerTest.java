package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormCheckerTest {

    private final FormVersion form = Fixtures.classrooms(1, "2026Q1");
    private final CheckSettings settings = CheckSettings.DEFAULTS;

    private CheckResult check(Map<String, String> proposed) {
        return FormChecker.check(form, FormValues.of(proposed), null, null, Map.of(), settings);
    }

    private static List<String> keys(CheckResult r, String code) {
        return r.findingsFor(code).stream().map(Finding::messageKey).toList();
    }

    @Test
    void aCleanFormSavesWithCanonicalAndDerivedValues() {
        CheckResult r = check(Map.of("C1", "1,200", "C2", "300", "C3", "0"));
        assertFalse(r.blocksSaving(), r.findings().toString());
        assertEquals(Map.of("C1", "1200", "C2", "300", "C3", "0", "C4", "25"), r.values().asMap());
    }

    @Test
    void missingRequiredValuesAreHard() {
        CheckResult r = check(Map.of("C1", "10"));
        assertEquals(List.of("form.check.required"), keys(r, "C2"));
        assertTrue(r.blocksSaving());
    }

    @Test
    void aRefusedInputIsReportedOnItsFieldAndNothingOfItIsStored() {
        CheckResult r = check(Map.of("C1", "ten", "C2", "5", "T1", "<img onerror=x>\u0000"));
        assertEquals(List.of("form.value.notNumber"), keys(r, "C1"));
        assertEquals(List.of("form.value.controlCharacters"), keys(r, "T1"));
        assertEquals(Map.of("C2", "5"), r.values().asMap());
        assertTrue(r.blocksSaving());
    }

    @Test
    void crossFieldRulesAreHardOnTheirLeftField() {
        CheckResult r = check(Map.of("C1", "10", "C2", "12", "C3", "13"));
        assertEquals(List.of("form.rule.LE"), keys(r, "C2"));
        assertEquals(List.of("form.rule.LE"), keys(r, "C3"));
        assertEquals(List.of("C2", "C1", "12", "10"), r.findingsFor("C2").get(0).args());
        assertTrue(r.blocksSaving());
    }

    @Test
    void sumAndEqualityRulesJudgeWholeSides() {
        Map<String, String> v = Map.of("A", "10", "B", "5", "T", "16");
        assertEquals("form.rule.EQ", CrossFieldRule.parse("R", "T=A+B").judge(v).messageKey());
        assertEquals(null, CrossFieldRule.parse("R", "A+B<=T").judge(v));
        assertEquals("form.rule.GE", CrossFieldRule.parse("R", "B>=A").judge(v).messageKey());
        assertEquals(null, CrossFieldRule.parse("R", "A+X<=T").judge(v), "a rule with a missing operand is not judged");
    }

    @Test
    void valuesForIndicatorsNotOnTheFormAreHardAndTypedDerivedValuesAreRecomputed() {
        CheckResult r = check(Map.of("C1", "10", "C2", "5", "ZZ9", "1", "C4", "99"));
        assertEquals(List.of("form.value.unknownIndicator"), keys(r, "ZZ9"));
        assertEquals("50", r.values().get("C4").orElseThrow());
    }

    @Test
    void aChangeBeyondTheShareAsksForAnExplanation() {
        FormValues previous = FormValues.of(Map.of("C1", "100", "C2", "40"));
        FormValues proposed = FormValues.of(Map.of("C1", "100", "C2", "70"));
        CheckResult r = FormChecker.check(form, proposed, previous, null, Map.of(), settings);
        assertEquals(List.of("form.check.bigChange"), keys(r, "C2"));
        assertEquals(List.of("40", "70", "75"), r.findingsFor("C2").get(0).args());
        assertEquals(Severity.EXPLAIN, r.findingsFor("C2").get(0).severity());
        assertTrue(r.blocksSaving());

        CheckResult explained = FormChecker.check(form, proposed, previous, null, Map.of("C2", "本季度新建教学楼，新增30间多媒体教室。"), settings);
        assertFalse(explained.blocksSaving());
        assertEquals(Map.of("C2", "本季度新建教学楼，新增30间多媒体教室。"), explained.explanations());
    }

    @Test
    void smallMovesAndChangesWithinTheShareNeedNoExplanation() {
        FormValues previous = FormValues.of(Map.of("C1", "4", "C2", "2"));
        assertTrue(FormChecker.check(form, FormValues.of(Map.of("C1", "6", "C2", "4")), previous, null, Map.of(), settings).findings().isEmpty());
        FormValues bigger = FormValues.of(Map.of("C1", "100", "C2", "40"));
        assertTrue(FormChecker.check(form, FormValues.of(Map.of("C1", "149", "C2", "40")), bigger, null, Map.of(), settings).findings().isEmpty());
        CheckSettings strict = new CheckSettings(0.2, 3, 5, BigDecimal.ONE);
        assertEquals(List.of("form.check.bigChange"),
                keys(FormChecker.check(form, FormValues.of(Map.of("C1", "149", "C2", "40")), bigger, null, Map.of(), strict), "C1"));
    }

    @Test
    void aBlankOrOverlongOrControlCharacterExplanationDoesNotCount() {
        FormValues previous = FormValues.of(Map.of("C1", "100", "C2", "40"));
        FormValues proposed = FormValues.of(Map.of("C1", "100", "C2", "90"));
        assertTrue(FormChecker.check(form, proposed, previous, null, Map.of("C2", "   "), settings).blocksSaving());
        CheckResult tooLong = FormChecker.check(form, proposed, previous, null, Map.of("C2", "说".repeat(501)), settings);
        assertEquals(List.of("form.check.bigChange", "form.explanation.tooLong"), keys(tooLong, "C2"));
        assertTrue(tooLong.blocksSaving());
        CheckResult control = FormChecker.check(form, proposed, previous, null, Map.of("C2", "ok\u001b[2J"), settings);
        assertTrue(control.blocksSaving());
        assertTrue(control.explanations().isEmpty());
    }

    @Test
    void aValueFarOutsideAtLeastFivePeersAsksForAnExplanation() {
        PeerStats county = PeerStats.fromPeers(List.of(peer("20"), peer("22"), peer("24"), peer("26"), peer("30")));
        FormValues proposed = FormValues.of(Map.of("C1", "600", "C2", "10"));
        CheckResult r = FormChecker.check(form, proposed, null, county, Map.of(), settings);
        assertEquals(List.of("form.check.peerOutlier"), keys(r, "C1"));
        assertEquals(List.of("600", "24", "10", "38", 5), r.findingsFor("C1").get(0).args());
        assertTrue(r.findingsFor("C2").isEmpty());
    }

    @Test
    void peersSayNothingWhenTooFewOrWhenTheValueIsInsideTheFences() {
        PeerStats four = PeerStats.fromPeers(List.of(peer("20"), peer("22"), peer("24"), peer("26")));
        assertTrue(FormChecker.check(form, FormValues.of(Map.of("C1", "600", "C2", "1")), null, four, Map.of(), settings).findings().isEmpty());
        PeerStats five = PeerStats.fromPeers(List.of(peer("20"), peer("22"), peer("24"), peer("26"), peer("30")));
        assertTrue(FormChecker.check(form, FormValues.of(Map.of("C1", "38", "C2", "1")), null, five, Map.of(), settings).findings().isEmpty());
    }

    @Test
    void quartilesInterpolateLikeExcel() {
        PeerStats.Spread s = PeerStats.spread(List.of(1.0, 2.0, 3.0, 4.0));
        assertEquals(1.75, s.q1(), 1e-9);
        assertEquals(2.5, s.median(), 1e-9);
        assertEquals(3.25, s.q3(), 1e-9);
    }

    @Test
    void aHardFindingOnAFieldSuppressesItsExplainChecks() {
        FormValues previous = FormValues.of(Map.of("C1", "100", "C2", "40"));
        CheckResult r = FormChecker.check(form, FormValues.of(Map.of("C1", "100", "C2", "400")), previous, null, Map.of(), settings);
        assertEquals(List.of("form.rule.LE"), keys(r, "C2"));
    }

    private static FormValues peer(String classrooms) {
        return FormValues.of(Map.of("C1", classrooms, "T1", "备注"));
    }
}

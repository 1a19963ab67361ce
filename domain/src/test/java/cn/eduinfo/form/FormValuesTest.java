package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormValuesTest {

    private final FormVersion form = Fixtures.classrooms(1, "2026Q1");

    @Test
    void awkwardStringsSurviveJson() {
        Map<String, String> awkward = new LinkedHashMap<>();
        awkward.put("Q", "say \"hi\"");
        awkward.put("B", "C:\\temp\\new");
        awkward.put("N", "line1\nline2\r\n\ttab");
        awkward.put("U", "汉字😀 é");
        awkward.put("C", "\u0000\u0001\u001f\u007f");
        awkward.put("L", "a\u2028b\u2029c");
        awkward.put("S", "</script><script>alert(1)</script>");
        awkward.put("key \"with\" quotes", "{\"nested\":1}");
        FormValues v = FormValues.of(awkward);
        String json = v.toJson();
        assertFalse(json.contains("\n") || json.contains("\u0000") || json.contains("\u2028"), json);
        assertEquals(v, FormValues.fromJson(json));
        assertEquals(awkward, FormValues.fromJson(json).asMap());
    }

    @Test
    void jsonIsSortedByCodeSoEqualValuesAreEqualText() {
        assertEquals("{\"A\":\"1\",\"B\":\"2\"}", FormValues.of(Map.of("B", "2", "A", "1")).toJson());
        assertEquals("{}", FormValues.empty().toJson());
        assertEquals(FormValues.of(Map.of("A", "é")), FormValues.fromJson(" { \"A\" : \"\\u00e9\" } "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"a\":1}", "{\"a\":\"1\"", "{\"a\":\"1\"}x", "{\"a\":\"1\",\"a\":\"2\"}", "{\"a\":\"\\x\"}",
            "{\"a\":{\"b\":\"c\"}}", "{\"a\":\"raw\ncontrol\"}", "{\"a\":\"\\u12\"}", "{a:\"1\"}"})
    void anythingButAFlatStringMapIsRefused(String json) {
        assertThrows(IllegalArgumentException.class, () -> FormValues.fromJson(json));
    }

    @Test
    void derivedValuesAreComputedOnlyWhenEveryOperandIsThere() {
        assertEquals("33.33", FormValues.of(Map.of("C1", "3", "C2", "1")).withDerived(form).get("C4").orElseThrow());
        assertTrue(FormValues.of(Map.of("C1", "0", "C2", "0")).withDerived(form).get("C4").isEmpty(), "no ratio over zero");
        assertTrue(FormValues.of(Map.of("C2", "1", "C4", "50")).withDerived(form).get("C4").isEmpty(), "stale derived value dropped");
        Formula sum = Formula.parse("SUM(A+B+C)");
        assertEquals("6.5", sum.compute(Map.of("A", "1", "B", "2.5", "C", "3")));
        assertEquals(null, sum.compute(Map.of("A", "1", "B", "2")));
        assertEquals("66.67", Formula.parse("RATIO(A/B)").compute(Map.of("A", "2", "B", "3")));
    }

    @Test
    void changesListOnlyWhatDiffers() {
        FormValues before = FormValues.of(Map.of("C1", "10", "C2", "5", "T1", "旧"));
        FormValues after = FormValues.of(Map.of("C1", "10", "C2", "6", "C3", "1"));
        assertEquals(List.of(new ValueChange("C2", "5", "6"), new ValueChange("C3", null, "1"), new ValueChange("T1", "旧", null)),
                after.changesFrom(before));
        assertTrue(after.changesFrom(after).isEmpty());
    }

    @Test
    void confirmUnchangedCarriesLastQuarterAsItIs() {
        FormValues last = FormValues.of(Map.of("C1", "10", "C2", "5")).withDerived(form);
        FormValues carried = last.carriedInto(form);
        assertEquals(last, carried);
        assertTrue(carried.isUnchangedFrom(last, form));
        assertFalse(carried.with("C3", "1").isUnchangedFrom(last, form));
        assertFalse(FormChecker.check(form, carried, last, null, Map.of(), CheckSettings.DEFAULTS).blocksSaving());
    }

    @Test
    void carryingIntoANewVersionDropsRetiredAndNoLongerValidValues() {
        FormVersion v2 = new FormVersion(FormKind.SCHOOL, 2, form.validFrom().next(),
                List.of(Fixtures.typed("C1", IndicatorType.INTEGER, true), Fixtures.bounded("C2", IndicatorType.INTEGER, null, "3"),
                        Fixtures.typed("C9", IndicatorType.INTEGER, false)), List.of());
        FormValues last = FormValues.of(Map.of("C1", "10", "C2", "5", "C3", "2", "C4", "50"));
        assertEquals(Map.of("C1", "10"), last.carriedInto(v2).asMap());
    }
}

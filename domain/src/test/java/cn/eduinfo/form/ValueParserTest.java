package cn.eduinfo.form;

import static cn.eduinfo.form.Fixtures.bounded;
import static cn.eduinfo.form.Fixtures.choice;
import static cn.eduinfo.form.Fixtures.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

    private final Indicator integer = typed("I1", IndicatorType.INTEGER, false);
    private final Indicator decimal = bounded("D1", IndicatorType.DECIMAL, null, "100000");
    private final Indicator percentage = typed("P1", IndicatorType.PERCENTAGE, false);
    private final Indicator yesNo = typed("Y1", IndicatorType.YES_NO, false);
    private final Indicator text = bounded("T1", IndicatorType.TEXT, null, "500");

    private static String ok(Indicator i, String raw) {
        ParsedValue p = i.parse(raw);
        assertNull(p.refusalKey(), () -> raw + " refused with " + p.refusalKey());
        return p.value();
    }

    private static String refusal(Indicator i, String raw) {
        ParsedValue p = i.parse(raw);
        assertNull(p.value(), () -> raw + " accepted as " + p.value());
        return p.refusalKey();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"42|42", " 42 |42", "1,234|1234", "1,234,567|1234567", "12.0|12", "007|7",
            "４２|42", "+5|5", "0|0", "-0|0"})
    void integersAreReadIntoPlainDigits(String raw, String canonical) {
        assertEquals(canonical, ok(integer, raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc|form.value.notNumber", "1,23|form.value.notNumber", "1,2345|form.value.notNumber",
            "12a|form.value.notNumber", "1e5|form.value.notNumber", "0x1F|form.value.notNumber", "1 234|form.value.notNumber",
            "12.5|form.value.notInteger", "-3|form.value.negative", "-1,000|form.value.negative",
            "1' OR '1'='1|form.value.notNumber", "<script>alert(1)</script>|form.value.notNumber",
            "1;DROP TABLE form_data;--|form.value.notNumber", "1000000000000|form.value.aboveMax", "NaN|form.value.notNumber",
            "Infinity|form.value.notNumber", "一百|form.value.notNumber"})
    void badIntegersAreRefusedWithAKey(String raw, String key) {
        assertEquals(key, refusal(integer, raw));
    }

    @Test
    void aVeryLongDigitStringIsNotANumberRatherThanAnOverflow() {
        assertEquals("form.value.notNumber", refusal(integer, "9".repeat(10_000)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.50|12.5", "1,000.25|1000.25", "０.５|0.5", "100000|100000", "3.10|3.1"})
    void decimalsKeepTwoPlacesAtMost(String raw, String canonical) {
        assertEquals(canonical, ok(decimal, raw));
    }

    @Test
    void decimalBoundsAndPrecisionAreEnforced() {
        assertEquals("form.value.tooManyDecimals", refusal(decimal, "1.234"));
        assertEquals("form.value.aboveMax", refusal(decimal, "100000.01"));
        assertEquals(java.util.List.of("100000"), decimal.parse("200000").args());
        assertEquals("form.value.belowMin", refusal(bounded("M1", IndicatorType.INTEGER, "10", "20"), "9"));
        assertEquals("form.value.negative", refusal(decimal, "-0.5"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"85|85", "85%|85", "85.5 ％|85.5", "0|0", "100|100"})
    void percentagesAreZeroToHundredWithOptionalSign(String raw, String canonical) {
        assertEquals(canonical, ok(percentage, raw));
    }

    @Test
    void percentagesAboveHundredOrNegativeAreRefused() {
        assertEquals("form.value.aboveMax", refusal(percentage, "100.01"));
        assertEquals("form.value.negative", refusal(percentage, "-1%"));
        assertEquals("form.value.notNumber", refusal(percentage, "%"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"是|true", "否|false", "有|true", "无|false", "YES|true", "no|false", "1|true", "0|false", " Y |true"})
    void yesNoReadsChineseEnglishAndDigits(String raw, String canonical) {
        assertEquals(canonical, ok(yesNo, raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"对", "maybe", "2", "是的", "<b>是</b>"})
    void otherYesNoAnswersAreRefused(String raw) {
        assertEquals("form.value.notYesNo", refusal(yesNo, raw));
    }

    @Test
    void choicesAcceptCodeOrEitherNameAndStoreTheCode() {
        Indicator c = choice("W1");
        assertEquals("ALL", ok(c, "ALL"));
        assertEquals("ALL", ok(c, "全校覆盖"));
        assertEquals("NONE", ok(c, "none"));
        assertEquals("form.value.notAChoice", refusal(c, "PART"));
        assertEquals("form.value.notAChoice", refusal(c, "all"));
    }

    @Test
    void scriptAndSqlFragmentsInATextFieldAreRefusedWithAMessage() {
        for (String fragment : new String[]{"<script>alert('x')</script>", "'); DROP TABLE form_data; --", "x' OR '1'='1",
                "abc /* comment */", "<b>粗体</b>", "1; DELETE FROM account"}) {
            assertEquals("form.value.markup", refusal(text, fragment), fragment);
        }
        assertEquals("第一行\n第二行", ok(text, "第一行\r\n第二行"));
        assertEquals("已于3月完成等级保护测评；整改2项。", ok(text, "已于3月完成等级保护测评；整改2项。"), "Chinese punctuation is text");
        assertEquals("It's the principal's duty - and the deputy's.", ok(text, "It's the principal's duty - and the deputy's."));
    }

    @Test
    void textLongerThanItsLimitIsRefusedCountingCharactersNotBytes() {
        assertEquals("form.value.tooLong", refusal(text, "x".repeat(10_000)));
        assertEquals(java.util.List.of(500), text.parse("x".repeat(501)).args());
        assertEquals(500, ok(text, "汉".repeat(500)).length());
        assertEquals(500, ok(text, "😀".repeat(500)).codePointCount(0, 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001b[31m", "tab\there", "del\u007f", "rtl\u202Egnp.exe", "iso\u2066x\u2069",
            "half\uD800surrogate"})
    void controlCharactersAndBidiOverridesAreRefused(String raw) {
        assertEquals("form.value.controlCharacters", refusal(text, raw));
    }

    @Test
    void blankInputIsNoValueNotARefusal() {
        assertTrue(integer.parse("  ").isAbsent());
        assertTrue(text.parse(null).isAbsent());
    }
}

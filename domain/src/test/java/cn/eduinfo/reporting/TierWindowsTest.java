package cn.eduinfo.reporting;

import static cn.eduinfo.reporting.Tree.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.eduinfo.org.Tier;
import cn.eduinfo.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The MicroProfile Config form of the windows, e.g. {@code county=1-5,prefecture=6-10,province=11-15}. */
class TierWindowsTest {

    @Test
    void defaultsAreTheNoticesDaysAndOurNationalProposal() {
        TierWindows d = TierWindows.defaults();
        assertEquals(new TierWindows.Days(1, 5), d.of(Tier.COUNTY));
        assertEquals(new TierWindows.Days(6, 10), d.of(Tier.PREFECTURE));
        assertEquals(new TierWindows.Days(11, 15), d.of(Tier.PROVINCE));
        assertEquals(new TierWindows.Days(16, 20), d.of(Tier.NATIONAL));
        assertEquals("county=1-5,prefecture=6-10,province=11-15,national=16-20", d.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "county=1-5,prefecture=6-10,province=11-15,national=16-20"})
    void blankOrTheDefaultsThemselvesGiveTheDefaults(String text) {
        assertEquals(TierWindows.defaults(), TierWindows.parse(text));
    }

    @Test
    void tiersLeftOutKeepTheirDefaultsAndSpacingAndCaseDoNotMatter() {
        TierWindows w = TierWindows.parse(" County = 1 - 7 , PROVINCE=12-18 ");
        assertEquals(new TierWindows.Days(1, 7), w.of(Tier.COUNTY));
        assertEquals(new TierWindows.Days(6, 10), w.of(Tier.PREFECTURE));
        assertEquals(new TierWindows.Days(12, 18), w.of(Tier.PROVINCE));
        assertEquals(new TierWindows.Days(16, 20), w.of(Tier.NATIONAL));
        assertEquals(w, TierWindows.parse(w.toString()));
    }

    @Test
    void windowsMayOverlapAndShareADeadline() {
        TierWindows w = TierWindows.parse("county=1-10,prefecture=1-10,province=1-10,national=1-10");
        assertEquals(new TierWindows.Days(1, 10), w.of(Tier.NATIONAL));
        assertEquals(new TierWindows.Days(16, 30), TierWindows.parse("national=16-30").of(Tier.NATIONAL));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "county                  | reporting.windows.syntax",
            "county=1                | reporting.windows.syntax",
            "county=a-b              | reporting.windows.syntax",
            "county=1-5;prefecture=6-10 | reporting.windows.syntax",
            "county=1-5,             | reporting.windows.syntax",
            ",county=1-5             | reporting.windows.syntax",
            "county=-1-5             | reporting.windows.syntax",
            "county=1-123            | reporting.windows.syntax",
            "city=1-5                | reporting.windows.unknownTier",
            "school=1-5              | reporting.windows.unknownTier",
            "county=0-5              | reporting.windows.dayOutOfRange",
            "county=5-1              | reporting.windows.dayOutOfRange",
            "national=16-31          | reporting.windows.dayOutOfRange",
            "county=1-5,county=2-5   | reporting.windows.duplicateTier",
            "county=1-12             | reporting.windows.order",
            "county=7-9              | reporting.windows.order",
            "province=1-3            | reporting.windows.order",
            "national=11-14          | reporting.windows.order",
    })
    void badSettingsAreRefusedWithAKeyNamingTheProblem(String text, String key) {
        refused(key, () -> TierWindows.parse(text));
    }

    @Test
    void theRefusalNamesTheEntryOrTheTiers() {
        assertEquals(List.of("prefecture=9-x"), assertThrows(DomainException.class, () -> TierWindows.parse("county=1-5,prefecture=9-x")).args());
        assertEquals(List.of("county", "prefecture"), assertThrows(DomainException.class, () -> TierWindows.parse("county=1-12")).args());
        assertEquals(List.of("City"), assertThrows(DomainException.class, () -> TierWindows.parse("City=1-5")).args());
    }
}

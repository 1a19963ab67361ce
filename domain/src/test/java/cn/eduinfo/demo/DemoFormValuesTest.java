package cn.eduinfo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.form.Audience;
import cn.eduinfo.form.CheckResult;
import cn.eduinfo.form.CheckSettings;
import cn.eduinfo.form.FormChecker;
import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.DefaultCatalogue;
import cn.eduinfo.reporting.Quarter;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoFormValuesTest {

    @ParameterizedTest
    @EnumSource(Audience.class)
    void demoValuesPassEveryHardCheckOfTheirForm(Audience audience) {
        FormVersion version = DefaultCatalogue.load().versionFor(audience.form(), new Quarter(2026, 3)).applicableTo(audience);
        for (int seed = 0; seed < 200; seed++) {
            FormValues values = DemoFormValues.generate(version, new Random(seed));
            CheckResult checked = FormChecker.check(version, values.typedIn(version), null, null, Map.of(), CheckSettings.DEFAULTS);
            assertTrue(checked.findings().isEmpty(), audience + " seed " + seed + ": " + checked.findings());
            assertFalse(values.asMap().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = {"PRIMARY", "COUNTY", "REGULAR_HEI"})
    void theSameSeedGivesTheSameValues(Audience audience) {
        FormVersion version = DefaultCatalogue.load().versionFor(audience.form(), new Quarter(2026, 3)).applicableTo(audience);
        assertEquals(DemoFormValues.generate(version, new Random(7)), DemoFormValues.generate(version, new Random(7)));
    }
}

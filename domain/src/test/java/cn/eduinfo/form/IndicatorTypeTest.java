package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which values can be summed over units (statistics) and which are numbers at all (checks, the API's sums). */
class IndicatorTypeTest {

    @Test
    void onlyCountsAndAmountsAreSummableAndPercentagesAreNumbersAll() {
        assertEquals(EnumSet.of(IndicatorType.INTEGER, IndicatorType.DECIMAL),
                EnumSet.copyOf(Arrays.stream(IndicatorType.values()).filter(IndicatorType::isSummable).toList()));
        assertEquals(EnumSet.of(IndicatorType.INTEGER, IndicatorType.DECIMAL, IndicatorType.PERCENTAGE),
                EnumSet.copyOf(Arrays.stream(IndicatorType.values()).filter(IndicatorType::isNumeric).toList()));
    }
}

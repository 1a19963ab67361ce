package cn.eduinfo.stats.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the units of one area reported for a quarter: how many forms, and the sum of each asked indicator. */
public record AreaTotal(String code, String name, long units, List<BigDecimal> sums) implements Serializable {

    /** The total line of some areas' totals (no code, no name): their forms and each indicator's sums added up. */
    public static AreaTotal sumOf(List<AreaTotal> areas, int indicators) {
        List<BigDecimal> sums = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            int column = i;
            sums.add(areas.stream().map(a -> a.sums().get(column)).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new AreaTotal("", "", areas.stream().mapToLong(AreaTotal::units).sum(), sums);
    }

    public boolean isTotal() {
        return code.isEmpty();
    }
}

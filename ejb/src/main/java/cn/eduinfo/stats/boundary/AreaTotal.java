package cn.eduinfo.stats.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What the units of one area reported for a quarter: how many forms, and the sum of each asked indicator. */
public record AreaTotal(String code, String name, long units, List<BigDecimal> sums) implements Serializable {
}

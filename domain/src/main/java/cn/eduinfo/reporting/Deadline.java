package cn.eduinfo.reporting;

import cn.eduinfo.org.Tier;
import java.time.Instant;
import java.util.Comparator;

/** The instant a tier's window closes for a quarter: when its unreported units are auto-reported (第十八条). */
public record Deadline(Quarter quarter, Tier tier, Instant at) implements java.io.Serializable {

    /** Earliest first; at the same instant lower tiers first, so that auto-reports run bottom-up. */
    public static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::at)
            .thenComparing(Deadline::quarter)
            .thenComparing(Deadline::tier);
}

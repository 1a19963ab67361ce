package cn.eduinfo.reporting;

import cn.eduinfo.org.Tier;
import java.time.Instant;
import java.util.Objects;

/** A later deadline the MoE sets for one tier of one quarter. {@link TierCalendar} checks it only pushes later. */
public record Extension(Quarter quarter, Tier tier, Instant newDeadline) {

    public Extension {
        Objects.requireNonNull(quarter);
        Objects.requireNonNull(tier);
        Objects.requireNonNull(newDeadline);
    }
}

package cn.eduinfo.reporting;

import cn.eduinfo.org.Tier;
import cn.eduinfo.shared.DomainException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the reporting month each tier reports in: the settings behind {@link TierCalendar}.
 * Defaults are 第十八条's (county 1–5, prefecture 6–10, province 11–15). The notice gives the MoE no
 * window; we propose 16–20: the MoE reviews and may return provincial reports until the 20th, and its
 * deadline closes the quarter nationally.
 */
public final class TierWindows {

    /** Days of a month: the last day may be at most 30, the shortest reporting month (April) has 30 days. */
    public record Days(int first, int last) {
        public static final int MAX_DAY = 30;
    }

    private static final Pattern ENTRY = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})");

    private final Map<Tier, Days> days;

    private TierWindows(Map<Tier, Days> days) {
        this.days = Map.copyOf(days);
        requireOrdered();
    }

    public static TierWindows defaults() {
        Map<Tier, Days> days = new EnumMap<>(Tier.class);
        days.put(Tier.COUNTY, new Days(1, 5));
        days.put(Tier.PREFECTURE, new Days(6, 10));
        days.put(Tier.PROVINCE, new Days(11, 15));
        days.put(Tier.NATIONAL, new Days(16, 20));
        return new TierWindows(days);
    }

    /**
     * Reads a MicroProfile Config value such as {@code county=1-5,prefecture=6-10,province=11-15,national=16-20}.
     * Tiers left out keep their defaults; a blank value is the defaults. Refused with a key naming the bad entry.
     */
    public static TierWindows parse(String text) {
        if (text == null || text.isBlank()) {
            return defaults();
        }
        Map<Tier, Days> days = new EnumMap<>(defaults().days);
        Map<Tier, Days> seen = new EnumMap<>(Tier.class);
        for (String entry : text.split(",", -1)) {
            Matcher m = ENTRY.matcher(entry.strip());
            if (!m.matches()) {
                throw new DomainException("reporting.windows.syntax", entry.strip());
            }
            Tier tier = tier(m.group(1));
            Days range = new Days(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (range.first() < 1 || range.last() > Days.MAX_DAY || range.first() > range.last()) {
                throw new DomainException("reporting.windows.dayOutOfRange", entry.strip());
            }
            if (seen.put(tier, range) != null) {
                throw new DomainException("reporting.windows.duplicateTier", m.group(1));
            }
        }
        days.putAll(seen);
        return new TierWindows(days);
    }

    private static Tier tier(String name) {
        try {
            return Tier.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("reporting.windows.unknownTier", name);
        }
    }

    /** A lower tier must neither open nor close after a higher one: units report bottom-up (第十七条). */
    private void requireOrdered() {
        Tier[] tiers = Tier.values();
        for (int i = 1; i < tiers.length; i++) {
            Days lower = days.get(tiers[i - 1]);
            Days higher = days.get(tiers[i]);
            if (lower.first() > higher.first() || lower.last() > higher.last()) {
                throw new DomainException("reporting.windows.order", name(tiers[i - 1]), name(tiers[i]));
            }
        }
    }

    private static String name(Tier tier) {
        return tier.name().toLowerCase(Locale.ROOT);
    }

    public Days of(Tier tier) {
        return days.get(tier);
    }

    /** The settings written back in the form {@link #parse} reads. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Tier tier : Tier.values()) {
            Days d = days.get(tier);
            text.append(text.isEmpty() ? "" : ",").append(name(tier)).append('=').append(d.first()).append('-').append(d.last());
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TierWindows other && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }
}

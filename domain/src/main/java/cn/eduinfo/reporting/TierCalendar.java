package cn.eduinfo.reporting;

import cn.eduinfo.org.Tier;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When each tier reports each quarter (第十八条): the function (Quarter, Tier) → {@link Window}, with the
 * MoE's extensions. Immutable; build a new one when settings or extensions change.
 * <p>
 * Extensions only push a deadline later. A higher tier never closes before a lower one: if a lower tier
 * is extended past a higher tier's deadline, the higher tier's deadline moves with it (it cannot report
 * before its subordinates are in). At equal instants, {@link Deadline#ORDER} runs the lower tier first.
 */
public final class TierCalendar {

    /** Quarters start at 2000Q1 ({@link Quarter}); nothing is due before its reporting month. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 7, 1);

    private final TierWindows windows;
    /** The extended deadline per quarter and tier, before the bottom-up carry. */
    private final Map<Integer, Map<Tier, Instant>> extended;

    public TierCalendar(TierWindows windows, List<Extension> extensions) {
        this.windows = Objects.requireNonNull(windows);
        this.extended = new HashMap<>();
        extensions.forEach(this::apply);
    }

    public static TierCalendar defaults() {
        return new TierCalendar(TierWindows.defaults(), List.of());
    }

    /** This calendar with one more extension; refused when it would not push the deadline later. */
    public TierCalendar with(Extension extension) {
        List<Extension> all = new ArrayList<>();
        extended.forEach((key, byTier) -> byTier.forEach((tier, at) -> all.add(new Extension(Quarter.ofKey(key), tier, at))));
        all.add(extension);
        return new TierCalendar(windows, all);
    }

    private void apply(Extension e) {
        Instant current = deadline(e.quarter(), e.tier());
        if (!e.newDeadline().isAfter(current)) {
            throw new DomainException("reporting.extension.notLater", Window.show(current));
        }
        extended.computeIfAbsent(e.quarter().key(), k -> new EnumMap<>(Tier.class)).put(e.tier(), e.newDeadline());
    }

    public Window window(Quarter quarter, Tier tier) {
        return new Window(startOfDay(quarter.reportingMonthStart().withDayOfMonth(windows.of(tier).first())), deadline(quarter, tier));
    }

    /** The effective deadline: the later of the tier's own (extended) deadline and the tier below's. */
    public Instant deadline(Quarter quarter, Tier tier) {
        Instant own = ownDeadline(quarter, tier);
        if (tier.ordinal() == 0) {
            return own;
        }
        Instant below = deadline(quarter, Tier.values()[tier.ordinal() - 1]);
        return below.isAfter(own) ? below : own;
    }

    private Instant ownDeadline(Quarter quarter, Tier tier) {
        Instant extension = extended.getOrDefault(quarter.key(), Map.of()).get(tier);
        return extension != null ? extension
                : startOfDay(quarter.reportingMonthStart().withDayOfMonth(windows.of(tier).last()).plusDays(1));
    }

    /** From when a quarter's form may be filled in: its first day ("有变化即更新", 第十五、十六条). */
    public Instant fillingOpens(Quarter quarter) {
        return startOfDay(quarter.firstDay());
    }

    /** From when units without a reviewer may submit: the quarter has ended, its data is complete. */
    public Instant submittingOpens(Quarter quarter) {
        return startOfDay(quarter.reportingMonthStart());
    }

    /** The quarter whose reporting month contains the instant (Beijing date); extensions do not change it. */
    public Quarter reportableAt(Instant now) {
        return Quarter.reportedIn(now.atZone(Window.ZONE).toLocalDate());
    }

    /**
     * Deadlines in (from, to], in {@link Deadline#ORDER}: what a timer must run, or catch up on at startup.
     * Looks back one quarter before {@code from}'s and at every extended quarter.
     */
    public List<Deadline> dueBetween(Instant from, Instant to) {
        List<Deadline> due = new ArrayList<>();
        if (!to.isAfter(from)) {
            return due;
        }
        TreeSet<Integer> quarters = new TreeSet<>(extended.keySet());
        Quarter last = reportableAt(to);
        for (Quarter q = firstCandidate(from); !last.isBefore(q); q = q.next()) {
            quarters.add(q.key());
        }
        for (int key : quarters) {
            for (Tier tier : Tier.values()) {
                Instant at = deadline(Quarter.ofKey(key), tier);
                if (at.isAfter(from) && !at.isAfter(to)) {
                    due.add(new Deadline(Quarter.ofKey(key), tier, at));
                }
            }
        }
        due.sort(Deadline.ORDER);
        return due;
    }

    /** The quarter before {@code from}'s, so that a deadline extended into the next reporting month is not missed. */
    private Quarter firstCandidate(Instant from) {
        LocalDate date = from.atZone(Window.ZONE).toLocalDate();
        return date.isBefore(EARLIEST) ? new Quarter(2000, 1) : Quarter.reportedIn(date).previous();
    }

    public TierWindows windows() {
        return windows;
    }

    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(Window.ZONE).toInstant();
    }
}

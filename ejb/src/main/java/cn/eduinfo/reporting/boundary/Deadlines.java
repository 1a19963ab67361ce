package cn.eduinfo.reporting.boundary;

import cn.eduinfo.reporting.Deadline;
import cn.eduinfo.reporting.DeadlinesHeartbeat;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.TierCalendar;
import cn.eduinfo.reporting.control.AutoReport;
import cn.eduinfo.reporting.control.Calendars;
import cn.eduinfo.reporting.control.Heartbeat;
import cn.eduinfo.reporting.control.Reminders;
import cn.eduinfo.shared.Node;
import cn.eduinfo.org.Tier;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the clock makes due (第十八条), applied once: each tier's deadline (auto-report, {@link AutoReport}),
 * each return whose time limit lapsed (re-reported as it stands), and the reminders before a window
 * closes. Run by the minute timer, at startup (catching up on what fell due while the server was
 * down), and when training mode's clock is set. It takes no input and only does what is due, so any
 * caller may start it; every step is claimed in the database and safe to repeat.
 */
@Stateless
@PermitAll
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());

    /** How far back a run looks for deadlines not yet applied: a server down for longer misses them. */
    static final Duration LOOKBACK = Duration.ofDays(200);

    /** What one run applied. */
    public record Outcome(List<Deadline> deadlines, int autoReported, int lapsedReturns, int reminders) implements java.io.Serializable {
    }

    /** The last run, and what it says of the deadlines now: LATE once none ran for longer than {@code allowed}. */
    public record Health(DeadlinesHeartbeat last, DeadlinesHeartbeat.State state, Duration allowed) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @EJB
    AutoReport autoReport;

    @EJB
    Reminders reminders;

    @EJB
    LapsedReturns lapsed;

    @EJB
    Heartbeat heartbeat;

    @Inject
    @ConfigProperty(name = "eduinfo.reporting.remind-before", defaultValue = "P2D")
    String remindBefore;

    /** Past this with no run recorded, the deadlines' health is LATE: the minute timer has stopped firing. */
    @Inject
    @ConfigProperty(name = "eduinfo.reporting.heartbeat-late-after", defaultValue = "PT3M")
    String lateAfter;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome runDue() {
        Instant now = clock.instant();
        TierCalendar calendar = calendars.current();
        Set<String> done = claimed("deadline_run");
        List<Deadline> ran = new ArrayList<>();
        int reported = 0;
        int failed = 0;
        for (Deadline due : calendar.dueBetween(now.minus(LOOKBACK), now)) {
            if (done.contains(key(due.quarter(), due.tier()))) {
                continue;
            }
            try {
                OptionalInt n = autoReport.apply(due, node(), now);
                if (n.isEmpty()) {
                    LOG.info(() -> "deadline " + due.quarter() + " " + due.tier() + " was applied elsewhere");
                    continue;
                }
                ran.add(due);
                reported += n.getAsInt();
                LOG.info(() -> "deadline " + due.quarter() + " " + due.tier() + " applied: " + n.getAsInt() + " units auto-reported");
            } catch (EJBException e) {
                // A claim made elsewhere no longer throws on PostgreSQL: this is a failure (or H2's duplicate claim).
                failed++;
                LOG.warning(() -> "deadline " + due.quarter() + " " + due.tier() + " not applied here (tried again at the next firing): " + e);
            }
        }
        int returns = 0;
        for (Long id : lapsed.due(now)) {
            try {
                returns += lapsed.reReport(id, now) ? 1 : 0;
            } catch (EJBException e) {
                LOG.info(() -> "lapsed return " + id + " was re-reported elsewhere: " + e.getMessage());
            }
        }
        Outcome outcome = new Outcome(ran, reported, returns, remind(calendar, now));
        heartbeat.record(now, node(), failed);
        return outcome;
    }

    public Health health() {
        Duration allowed = Duration.parse(lateAfter);
        DeadlinesHeartbeat last = heartbeat.last();
        return new Health(last, last.state(clock.instant(), allowed), allowed);
    }

    private int remind(TierCalendar calendar, Instant now) {
        Duration before = Duration.parse(remindBefore);
        Set<String> done = claimed("reminder_run");
        int sent = 0;
        Quarter quarter = calendar.reportableAt(now);
        for (Tier tier : Tier.values()) {
            Instant deadline = calendar.deadline(quarter, tier);
            if (done.contains(key(quarter, tier)) || now.isBefore(deadline.minus(before)) || !now.isBefore(deadline)) {
                continue;
            }
            try {
                sent += reminders.send(quarter, tier, deadline, node(), now);
            } catch (EJBException e) {
                LOG.fine(() -> "reminder " + quarter + " " + tier + " was sent elsewhere");
            }
        }
        return sent;
    }

    private Set<String> claimed(String table) {
        Set<String> keys = new HashSet<>();
        for (Object row : em.createNativeQuery("SELECT quarter_key, tier FROM " + table).getResultList()) {
            Object[] r = (Object[]) row;
            keys.add(((Number) r[0]).intValue() + "/" + r[1]);
        }
        return keys;
    }

    private static String key(Quarter quarter, Tier tier) {
        return quarter.key() + "/" + tier.name();
    }

    private static String node() {
        return Node.name();
    }
}

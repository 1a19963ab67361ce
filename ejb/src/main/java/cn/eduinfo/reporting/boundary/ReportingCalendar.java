package cn.eduinfo.reporting.boundary;

import cn.eduinfo.account.Role;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Tier;
import cn.eduinfo.reporting.Extension;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.control.Calendars;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** When each tier reports a quarter (第十八条): the windows every screen and the deadlines go by, and the MoE's extensions. */
@Stateless
@PermitAll
public class ReportingCalendar {

    /** One tier's window, as its deadline reads in Beijing time. */
    public record TierWindow(Tier tier, Window window) implements java.io.Serializable {
    }

    @Inject
    Calendars calendars;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<TierWindow> windows(Quarter quarter) {
        var calendar = calendars.current();
        return Arrays.stream(Tier.values()).map(t -> new TierWindow(t, calendar.window(quarter, t))).toList();
    }

    public Window window(Quarter quarter, Tier tier) {
        return calendars.current().window(quarter, tier);
    }

    /** Whether the caller sets later deadlines: the MoE's administrators alone. */
    public boolean mayExtend() {
        return caller.hasRole(Role.ADMINISTRATOR) && caller.account().getOrganisation().getKind() == OrgKind.MOE;
    }

    /**
     * A later deadline for one tier of one quarter (e.g. a window that falls in a public holiday), set by
     * the MoE's administrator; refused unless it pushes the deadline later.
     */
    @RolesAllowed("ADMINISTRATOR")
    public Window extend(Quarter quarter, Tier tier, Instant newDeadline, String reason) {
        if (!mayExtend()) {
            throw new OutOfScopeException();
        }
        Extension extension = new Extension(quarter, tier, newDeadline);
        calendars.current().with(extension);
        em.createNativeQuery("DELETE FROM deadline_extension WHERE quarter_key = ?1 AND tier = ?2")
                .setParameter(1, quarter.key()).setParameter(2, tier.name()).executeUpdate();
        em.createNativeQuery("INSERT INTO deadline_extension (quarter_key, tier, new_deadline, granted_by, granted_at, reason)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, quarter.key()).setParameter(2, tier.name()).setParameter(3, Timestamp.from(newDeadline))
                .setParameter(4, caller.username()).setParameter(5, Timestamp.from(clock.instant()))
                .setParameter(6, reason == null ? "" : reason.strip())
                .executeUpdate();
        audit.record("DEADLINE_EXTENDED", "QUARTER", quarter + "/" + tier, Window.show(newDeadline));
        return calendars.current().window(quarter, tier);
    }
}

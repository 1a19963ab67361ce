package cn.eduinfo.platform.boundary;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.reporting.Window;
import cn.eduinfo.reporting.boundary.DeadlineSchedule;
import cn.eduinfo.reporting.boundary.Deadlines;
import cn.eduinfo.shared.ClockProducer;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.TrainingClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Training mode (notice §1(2), {@code eduinfo.training.enabled}): the platform owner sets the simulated
 * date and time for the whole cluster, and whatever falls due by then runs as it would, so a province
 * rehearses a quarter in minutes. Refused when the mode is off (production).
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class TrainingMode {

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @EJB
    DeadlineSchedule schedule;

    @Resource
    SessionContext context;

    @PermitAll
    public boolean enabled() {
        return clocks.training().isPresent();
    }

    @PermitAll
    public Instant now() {
        return clock.instant();
    }

    /** Moves the simulated clock (forward or back) and applies what is due by then. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Deadlines.Outcome setNow(Instant simulatedNow) {
        TrainingClock training = clocks.training().orElseThrow(() -> new DomainException("training.off"));
        TrainingMode self = context.getBusinessObject(TrainingMode.class);
        return schedule.runDueAfter(() -> {
            Instant before = training.instant();
            self.store(training.set(simulatedNow), before);
        });
    }

    /** The offset for the other instances, committed before anything due runs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(Duration offset, Instant before) {
        Timestamp at = Timestamp.from(Instant.now());
        String by = context.getCallerPrincipal().getName();
        if (em.createNativeQuery("UPDATE training_clock SET offset_ms = ?1, set_by = ?2, set_at = ?3 WHERE id = 1")
                .setParameter(1, offset.toMillis()).setParameter(2, by).setParameter(3, at).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO training_clock (id, offset_ms, set_by, set_at) VALUES (1, ?1, ?2, ?3)")
                    .setParameter(1, offset.toMillis()).setParameter(2, by).setParameter(3, at).executeUpdate();
        }
        audit.record("TRAINING_CLOCK_SET", "CLOCK", null, Window.show(before) + " → " + Window.show(clock.instant()));
    }
}

package cn.eduinfo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * The one source of time for every module (in the shared lib, so EJB, web and batch beans all see it).
 * In production the system clock; with {@code eduinfo.training.enabled} a {@link TrainingClock} whose
 * offset lives in the database ({@code training_clock}), starting at {@code eduinfo.training.start}
 * (an ISO date-time, or 'now') when none is stored yet.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "eduinfo.training.enabled", defaultValue = "false")
    boolean training;

    @Inject
    @ConfigProperty(name = "eduinfo.training.start")
    Optional<String> start;

    private TrainingClock simulated;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return training().map(Clock.class::cast).orElseGet(Clock::systemUTC);
    }

    /** The simulated clock, when training mode is on: what a platform owner sets. */
    public synchronized Optional<TrainingClock> training() {
        if (training && simulated == null) {
            Duration initial = start.filter(s -> !"now".equals(s))
                    .map(s -> Duration.between(Instant.now(), OffsetDateTime.parse(s).toInstant())).orElse(Duration.ZERO);
            LOG.info(() -> "training mode: the clock is simulated, starting at " + Instant.now().plus(initial));
            simulated = new TrainingClock(Clock.systemUTC(), initial, ClockProducer::storedOffset);
        }
        return Optional.ofNullable(simulated);
    }

    /** The offset another instance (or this one) stored; null when none is, or before the schema exists. */
    static Duration storedOffset() {
        try (Connection c = ((DataSource) new InitialContext().lookup("jdbc/eduinfo")).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT offset_ms FROM training_clock WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Duration.ofMillis(r.getLong(1)) : null;
        } catch (NamingException | SQLException e) {
            return null;
        }
    }
}

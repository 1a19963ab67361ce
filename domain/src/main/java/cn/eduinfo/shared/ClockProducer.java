package cn.eduinfo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of time for every module (in the shared lib, so EJB, web and batch beans all see
 * it); training mode (a simulated clock) will replace what this produces.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

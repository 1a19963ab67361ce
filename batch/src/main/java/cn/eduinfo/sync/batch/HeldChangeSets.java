package cn.eduinfo.sync.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bulk load's change set, held in memory from its validate step to its apply step (one job
 * execution, so one instance): its additions are written from it by COPY (AddedRows) and are stored
 * nowhere else until then. An execution that ends without applying it lets it go; the next one works
 * it out again from the stored file (SyncSteps.validate).
 */
@ApplicationScoped
public class HeldChangeSets {

    private final Map<Long, List<PlacedChange>> held = new ConcurrentHashMap<>();

    /** Holds the run's change set, in its order (replacing any held before for the run). */
    public void hold(long runId, List<PlacedChange> changes) {
        held.put(runId, changes);
    }

    public boolean holds(long runId) {
        return held.containsKey(runId);
    }

    /** The run's change set if this instance holds it; it no longer does afterwards. */
    public Optional<List<PlacedChange>> take(long runId) {
        return Optional.ofNullable(held.remove(runId));
    }
}

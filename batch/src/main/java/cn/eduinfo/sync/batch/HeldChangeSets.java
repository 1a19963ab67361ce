package cn.eduinfo.sync.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The change set a run's validate step has just stored, held in memory for its apply step on this
 * instance: a bulk load writes its additions from it by COPY (AddedRows) instead of reading them back.
 * The stored change set stays the reference: a run applied on another instance or after a restart reads it.
 */
@ApplicationScoped
public class HeldChangeSets {

    private final Map<Long, List<PlacedChange>> held = new ConcurrentHashMap<>();

    /** Holds the run's change set, in its order (replacing any held before for the run). */
    public void hold(long runId, List<PlacedChange> changes) {
        held.put(runId, changes);
    }

    /** The run's change set if this instance holds it; it no longer does afterwards. */
    public Optional<List<PlacedChange>> take(long runId) {
        return Optional.ofNullable(held.remove(runId));
    }
}

package cn.eduinfo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopeContextsPrunerTest {

    @Test
    void theContextsOfViewMapsNoLongerActiveAreDropped() {
        Map<String, Object> active = new LinkedHashMap<>(Map.of("view-2", Map.of(), "view-3", Map.of()));
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", Map.of("orgBrowseBacking", "…"),
                "view-2", Map.of("orgBrowseBacking", "…"), "view-3", Map.of("fillFormBacking", "…")));
        Map<String, Object> session = new HashMap<>(Map.of(ViewScopeContextsPruner.ACTIVE_VIEW_MAPS, active,
                ViewScopeContextsPruner.ACTIVE_VIEW_CONTEXTS, contexts));

        ViewScopeContextsPruner.prune(session);

        assertEquals(Set.of("view-2", "view-3"), contexts.keySet());
        assertEquals(Set.of("view-2", "view-3"), active.keySet());
    }

    @Test
    void aSessionWithoutViewScopedBeansIsLeftAlone() {
        Map<String, Object> session = new HashMap<>(Map.of("other", "value"));

        ViewScopeContextsPruner.prune(session);

        assertEquals(Map.of("other", "value"), session);
    }
}

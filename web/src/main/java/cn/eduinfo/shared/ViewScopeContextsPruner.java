package cn.eduinfo.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.HashSet;
import java.util.Map;

/**
 * Mojarra (4.0, in Payara) destroys the view-scoped beans of a view map it evicts from a session
 * (numberOfActiveViewMaps, web.xml) but leaves that map's entry in the session's view-scope contexts:
 * each page a user opened left ~0.4 KB there, which the group stored with the session on every request
 * until the session ended (server-config/benchmark-session: +41 KB after 100 pages). Whenever a new
 * view map is made, the contexts are pruned to the view maps still active.
 */
public class ViewScopeContextsPruner implements SystemEventListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        prune(FacesContext.getCurrentInstance().getExternalContext().getSessionMap());
    }

    /** Drops the contexts of view maps no longer active; Mojarra changes the active ones under their map's lock. */
    static void prune(Map<String, Object> session) {
        if (session.get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> active && session.get(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts) {
            synchronized (active) {
                contexts.keySet().retainAll(new HashSet<>(active.keySet()));
            }
        }
    }
}

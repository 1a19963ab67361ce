package cn.eduinfo.form.control;

import cn.eduinfo.form.FormData;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.PeerStats;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.reporting.Quarter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spread of the same quarter's values among the units under one superior (the county's schools),
 * for the fix-or-explain peer check. Computed from up to a few hundred forms, so it is kept for
 * {@value #FRESH_MILLIS} ms per superior, quarter and form: a peer's save moves it little, and the
 * check only asks for an explanation.
 */
@ApplicationScoped
public class PeerSpreads {

    static final long FRESH_MILLIS = 60_000;
    private static final int MAX_KEPT = 20_000;

    private record Key(long superior, int quarter, FormKind kind) {
    }

    private record Kept(PeerStats stats, long at) {
    }

    @PersistenceContext
    EntityManager em;

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    /** The peers' spread, the unit itself included (one of many hardly moves its county's quartiles); null for the MoE. */
    public PeerStats of(Organisation unit, Quarter quarter, FormKind kind) {
        if (unit.getParent() == null) {
            return null;
        }
        Key key = new Key(unit.getParent().getId(), quarter.key(), kind);
        Kept known = kept.get(key);
        long now = System.currentTimeMillis();
        if (known != null && now - known.at() < FRESH_MILLIS) {
            return known.stats();
        }
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        PeerStats stats = PeerStats.fromPeers(em.createQuery("SELECT f FROM FormData f WHERE f.organisation.parent = :p"
                        + " AND f.quarter = :q AND f.kind = :k", FormData.class)
                .setParameter("p", unit.getParent()).setParameter("q", quarter.key()).setParameter("k", kind)
                .getResultStream().map(FormData::getValues).toList());
        kept.put(key, new Kept(stats, now));
        return stats;
    }
}

package cn.eduinfo.form.control;

import cn.eduinfo.form.Catalogue;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.StoredFormVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue as stored. A stored version never changes, so each is parsed once per server and
 * kept by id; which versions exist is read again after {@value #FRESH_MILLIS} ms (a version added on
 * another instance of the cluster is seen within that time; a new version starts at a later
 * quarter, so nobody fills under it yet) and at once after a version is added here.
 */
@ApplicationScoped
public class FormVersions {

    @PersistenceContext
    EntityManager em;

    static final long FRESH_MILLIS = 10_000;

    private final Map<Long, FormVersion> parsed = new ConcurrentHashMap<>();
    private volatile Catalogue current;
    private volatile long readAt;

    public Catalogue catalogue() {
        Catalogue known = current;
        if (known != null && System.currentTimeMillis() - readAt < FRESH_MILLIS) {
            return known;
        }
        List<StoredFormVersion> stored = stored();
        Catalogue read = Catalogue.of(stored.stream().map(v -> parsed.computeIfAbsent(v.getId(), id -> v.toVersion())).toList());
        current = read;
        readAt = System.currentTimeMillis();
        return read;
    }

    /** A version was added here: the next read sees it. */
    public void changed() {
        current = null;
    }

    public List<StoredFormVersion> stored() {
        return em.createQuery("SELECT v FROM StoredFormVersion v ORDER BY v.kind, v.number", StoredFormVersion.class).getResultList();
    }
}

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
 * kept by id; which versions exist is read from the database every time, so a version added on
 * another instance of the cluster is seen at once.
 */
@ApplicationScoped
public class FormVersions {

    @PersistenceContext
    EntityManager em;

    private final Map<Long, FormVersion> parsed = new ConcurrentHashMap<>();

    public Catalogue catalogue() {
        List<StoredFormVersion> stored = em.createQuery("SELECT v FROM StoredFormVersion v ORDER BY v.kind, v.number", StoredFormVersion.class)
                .getResultList();
        return Catalogue.of(stored.stream().map(v -> parsed.computeIfAbsent(v.getId(), id -> v.toVersion())).toList());
    }

    public List<StoredFormVersion> stored() {
        return em.createQuery("SELECT v FROM StoredFormVersion v ORDER BY v.kind, v.number", StoredFormVersion.class).getResultList();
    }
}

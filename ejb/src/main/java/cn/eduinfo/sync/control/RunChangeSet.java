package cn.eduinfo.sync.control;

import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.SyncRunChange;
import cn.eduinfo.sync.boundary.ChangeLine;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's change set as the operator pages through it, in its order. A bulk load's additions
 * (SyncRun.isBulkLoad) are read from their units' ADDED events, numbered 0… in event order (the
 * order they were added, the change set's); its other changes, and every change of any other run,
 * from the stored change rows.
 */
@Dependent
public class RunChangeSet {

    @PersistenceContext
    EntityManager em;

    public List<ChangeLine> page(SyncRun run, ChangeType typeOrNull, int first, int max) {
        List<ChangeLine> lines = new ArrayList<>();
        int listed = additionsFromEvents(run, typeOrNull);
        if (max <= 0) {
            return lines; // JPA reads no limit into a maximum of 0
        }
        if (first < listed) {
            List<Object[]> added = em.createQuery("SELECT o.code, e.after FROM OrgEvent e JOIN e.organisation o"
                            + " WHERE e.runId = :r AND e.type = :t ORDER BY e.id", Object[].class)
                    .setParameter("r", run.getId()).setParameter("t", OrgEvent.Type.ADDED)
                    .setFirstResult(first).setMaxResults(max).getResultList();
            for (Object[] a : added) {
                int seq = first + lines.size();
                lines.add(new ChangeLine(seq, ChangeType.ADD, (String) a[0], null, (String) a[1], null, null, run.isApplied(seq)));
            }
        }
        if (lines.size() < max && !(run.isBulkLoad() && typeOrNull == ChangeType.ADD)) {
            stored(run, typeOrNull, "SELECT c FROM SyncRunChange c", " ORDER BY c.seq", SyncRunChange.class)
                    .setFirstResult(Math.max(0, first - listed)).setMaxResults(max - lines.size()).getResultList()
                    .forEach(c -> lines.add(ChangeLine.of(c, run.isApplied(c.getSeq()))));
        }
        return lines;
    }

    public long count(SyncRun run, ChangeType typeOrNull) {
        int listed = additionsFromEvents(run, typeOrNull);
        if (run.isBulkLoad() && typeOrNull == ChangeType.ADD) {
            return listed;
        }
        return listed + stored(run, typeOrNull, "SELECT COUNT(c) FROM SyncRunChange c", "", Long.class).getSingleResult();
    }

    /**
     * How many lines a bulk load's additions give the page: all of them once the load is committed (a
     * load is all or nothing), none before, when there are no events to list them from yet.
     */
    private static int additionsFromEvents(SyncRun run, ChangeType typeOrNull) {
        boolean additions = typeOrNull == null || typeOrNull == ChangeType.ADD;
        return run.isBulkLoad() && additions && run.getAppliedThrough() >= 0 ? run.getAdded() : 0;
    }

    private <T> TypedQuery<T> stored(SyncRun run, ChangeType typeOrNull, String select, String order, Class<T> type) {
        TypedQuery<T> q = em.createQuery(select + " WHERE c.runId = :r" + (typeOrNull == null ? "" : " AND c.type = :t") + order, type)
                .setParameter("r", run.getId());
        return typeOrNull == null ? q : q.setParameter("t", typeOrNull);
    }
}

package cn.eduinfo.sync.batch;

import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.FreshUploads;
import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.StoredFile;
import cn.eduinfo.sync.SyncRun;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The snapshot a new one is read against (SnapshotDelta): the file of the last run that completed,
 * and the units whose lines must be compared with the tree again although the file may repeat them
 * byte for byte, because the tree no longer holds what that run left: units it proposed to move (still
 * under their old parent), units ever moved by hand (the registry may not follow), and units any run
 * changed that stopped or failed part-way (later ones matter; earlier ones cost little to include).
 *
 * @param run     the last completed run, its file UTF-8 and checked under today's rules (else nothing is compared)
 * @param uploads where this instance keeps the file it validated last
 */
record LastApplied(EntityManager em, SyncRun run, FreshUploads uploads) {

    static Optional<LastApplied> before(EntityManager em, long runId, FreshUploads uploads) {
        List<SyncRun> completed = em.createQuery("SELECT r FROM SyncRun r WHERE r.status = :s AND r.id <> :id"
                        + " AND r.completedOrder IS NOT NULL ORDER BY r.completedOrder DESC", SyncRun.class)
                .setParameter("s", RunStatus.COMPLETED).setParameter("id", runId).setMaxResults(1).getResultList();
        return completed.stream()
                .filter(SyncRun::canBeReadAgainst)
                .findFirst().map(r -> new LastApplied(em, r, uploads));
    }

    /** The file it applied: kept in memory if this instance validated it, else read from the database. */
    byte[] content() {
        return uploads.kept(run.getId()).orElseGet(() -> StoredFile.read(em, run.getId()));
    }

    /** The codes of the units whose lines are compared with the tree again, although the file may repeat them. */
    Set<String> alsoCheck() {
        Set<String> alsoCheck = new HashSet<>();
        if (run.getMoveProposed() > 0) {
            codes(em.createNativeQuery("SELECT c.code FROM sync_run_change c WHERE c.run_id = ?1 AND c.change_type = '"
                    + ChangeType.MOVE_PROPOSED + "'").setParameter(1, run.getId()).getResultList(), alsoCheck);
        }
        codes(em.createNativeQuery("SELECT o.code FROM org_event e JOIN organisation o ON o.id = e.organisation_id"
                + " WHERE e.event_type = '" + OrgEvent.Type.MOVED + "'").getResultList(), alsoCheck);
        // Any run that applied part of its change set and never completed, whenever it ran: rare, and cheap to include.
        codes(em.createNativeQuery("SELECT c.code FROM sync_run r JOIN sync_run_change c ON c.run_id = r.id"
                        + " WHERE r.status <> '" + RunStatus.COMPLETED + "' AND r.applied_count > 0 AND c.seq <= r.applied_through")
                .getResultList(), alsoCheck);
        return alsoCheck;
    }

    private static void codes(List<?> rows, Set<String> into) {
        rows.forEach(code -> into.add(code.toString()));
    }
}

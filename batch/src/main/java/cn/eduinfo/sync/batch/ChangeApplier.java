package cn.eduinfo.sync.batch;

import cn.eduinfo.account.Account;
import cn.eduinfo.account.AccountRules;
import cn.eduinfo.org.AffiliationProposal;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.SyncRun;
import cn.eduinfo.sync.SyncRunChange;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies changes of a run inside the caller's (the chunk's) transaction, and marks each applied
 * in it: a chunk rolled back leaves its changes unapplied, so nothing is ever applied twice.
 */
@Dependent
public class ChangeApplier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Units already looked up in this chunk (the parent of a hundred new schools is read once). */
    private final Map<String, Organisation> seen = new HashMap<>();

    public void apply(long runId, List<Long> changeIds) {
        seen.clear();
        SyncRun run = em.find(SyncRun.class, runId);
        int applied = 0;
        // One query for the whole chunk, in the change set's order (parents before children).
        List<SyncRunChange> changes = em.createQuery("SELECT c FROM SyncRunChange c WHERE c.id IN :ids ORDER BY c.seq", SyncRunChange.class)
                .setParameter("ids", changeIds).getResultList();
        for (SyncRunChange change : changes) {
            if (change.isApplied()) {
                continue;
            }
            applyOne(run, change);
            change.markApplied();
            applied++;
        }
        run.applied(applied);
    }

    private void applyOne(SyncRun run, SyncRunChange change) {
        RegistryRow row = change.row();
        switch (change.getType()) {
            case ADD -> add(run, row);
            case CHANGE -> recorded(run, row, OrgEvent.Type.CHANGED, org -> org.updateFromRegistry(row.name(), row.division()));
            case CLOSE -> recorded(run, row, OrgEvent.Type.CLOSED, org -> {
                org.close(row.effective());
                setAccountsEnabled(org, false);
            });
            case MERGE -> recorded(run, row, OrgEvent.Type.MERGED, org -> {
                org.mergeInto(byCode(row.successor()), row.effective());
                setAccountsEnabled(org, false);
            });
            case REOPEN -> recorded(run, row, OrgEvent.Type.REOPENED, org -> {
                org.reopen(row.effective());
                setAccountsEnabled(org, true);
            });
            case MOVE_PROPOSED -> propose(run, change, row);
        }
    }

    /** Applies a change to an existing unit and records it as a dated event with its before and after. */
    private void recorded(SyncRun run, RegistryRow row, OrgEvent.Type type, Consumer<Organisation> change) {
        Organisation org = byCode(row.code());
        String before = OrgEvent.describe(org);
        change.accept(org);
        event(run, org, type, row, before);
    }

    private void add(SyncRun run, RegistryRow row) {
        Organisation parent = row.parent() == null ? null : byCode(row.parent());
        Organisation org = switch (row.kind()) {
            case MOE -> Organisation.moe(row.name());
            case PROVINCE, PREFECTURE, COUNTY -> Organisation.authority(row.code(), row.name(), row.kind(), parent);
            default -> Organisation.school(row.code(), row.name(), row.kind(), parent, row.division());
        };
        em.persist(org);
        seen.put(org.getCode(), org);
        AccountRules.accountsFor(org, clock.instant()).forEach(em::persist);
        event(run, org, OrgEvent.Type.ADDED, row, null);
    }

    /** One open proposal per unit and target: a snapshot repeating the same parent proposes nothing new. */
    private void propose(SyncRun run, SyncRunChange change, RegistryRow row) {
        Organisation org = byCode(row.code());
        Organisation target = byCode(row.parent());
        boolean open = !em.createQuery("SELECT p.id FROM AffiliationProposal p WHERE p.organisation = :o AND p.toParent = :t"
                        + " AND p.status = cn.eduinfo.org.AffiliationProposal.Status.OPEN", Long.class)
                .setParameter("o", org).setParameter("t", target).getResultList().isEmpty();
        if (!open) {
            em.persist(new AffiliationProposal(org, target, byCode(change.getProposer()), run.getId(), clock.instant()));
        }
    }

    private void event(SyncRun run, Organisation org, OrgEvent.Type type, RegistryRow row, String before) {
        em.persist(new OrgEvent(org, type, row.effective(), clock.instant(), "registry-sync#" + run.getId(),
                before, OrgEvent.describe(org), run.getId()));
    }

    private void setAccountsEnabled(Organisation org, boolean enabled) {
        em.createQuery("SELECT a FROM Account a WHERE a.organisation = :o", Account.class)
                .setParameter("o", org).getResultList()
                .forEach(a -> a.setEnabled(enabled));
    }

    private Organisation byCode(String code) {
        return seen.computeIfAbsent(code, c -> em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class)
                .setParameter("c", c).getSingleResult());
    }
}

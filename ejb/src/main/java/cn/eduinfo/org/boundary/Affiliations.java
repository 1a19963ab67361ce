package cn.eduinfo.org.boundary;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.org.AffiliationProposal;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.Placement;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
import cn.eduinfo.sync.control.SyncRuns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Affiliation (隶属关系, 第十一条): the only change of the tree made by hand. The administrators of
 * the nearest authority above both the old and the new parent confirm or reject what the registry
 * proposes, and may move a school between two authorities of their own subtree.
 */
@Stateless
@RolesAllowed("ADMINISTRATOR")
public class Affiliations {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SyncRuns syncRuns;

    /** Proposals the caller's organisation decides, open ones first. */
    public List<ProposalLine> proposals() {
        return em.createQuery("SELECT p FROM AffiliationProposal p WHERE p.decider = :d ORDER BY p.status, p.createdAt DESC", AffiliationProposal.class)
                .setParameter("d", caller.account().getOrganisation())
                .setMaxResults(500)
                .getResultList().stream().map(ProposalLine::of).toList();
    }

    /** Carries out the registry's change of superior; an authority moves with its whole subtree. */
    public ProposalLine confirm(long proposalId) {
        AffiliationProposal proposal = decidable(proposalId);
        Organisation unit = proposal.getOrganisation();
        if (unit.getKind().isAuthority() && syncRuns.anyActive()) {
            // A run being applied places new units under the paths it read when it started.
            throw new DomainException("org.move.syncRunning");
        }
        String before = OrgEvent.describe(unit);
        Placement old = unit.placement();
        proposal.confirm(caller.username(), clock.instant());
        moved(unit, before, old);
        audit.record("AFFILIATION_CONFIRMED", "ORGANISATION", proposal.getOrganisation().getCode(),
                proposal.getFromParent().getCode() + " → " + proposal.getToParent().getCode());
        return ProposalLine.of(proposal);
    }

    public ProposalLine reject(long proposalId) {
        AffiliationProposal proposal = decidable(proposalId);
        proposal.reject(caller.username(), clock.instant());
        audit.record("AFFILIATION_REJECTED", "ORGANISATION", proposal.getOrganisation().getCode(),
                proposal.getFromParent().getCode() + " ↛ " + proposal.getToParent().getCode());
        return ProposalLine.of(proposal);
    }

    /**
     * Moves a school of the caller's subtree under another authority of the caller's subtree, when the caller's
     * authority is the nearest above both the old and the new parent (第十一条): a province does not decide a move
     * between two counties of one of its prefectures, that prefecture does.
     */
    public OrgSummary move(long organisationId, long newParentId) {
        Organisation own = caller.account().getOrganisation();
        if (!own.getKind().isAuthority()) {
            throw new OutOfScopeException();
        }
        Organisation unit = caller.organisationInScope(organisationId);
        Organisation target = caller.organisationInScope(newParentId);
        if (unit == own) {
            throw new OutOfScopeException();
        }
        if (unit.getKind().isAuthority()) {
            throw new DomainException("org.move.authority");
        }
        unit.checkMoveTo(target);
        Organisation decider = unit.moveDecidedBy(target);
        if (!decider.getId().equals(own.getId())) {
            throw new DomainException("org.move.notDecider", decider.getCode(), decider.getName());
        }
        String before = OrgEvent.describe(unit);
        Placement old = unit.placement();
        String from = unit.getParent().getCode();
        unit.moveTo(target);
        moved(unit, before, old);
        audit.record("AFFILIATION_CHANGED", "ORGANISATION", unit.getCode(), from + " → " + target.getCode());
        return OrgSummary.of(unit);
    }

    private AffiliationProposal decidable(long proposalId) {
        AffiliationProposal proposal = em.find(AffiliationProposal.class, proposalId);
        if (proposal == null || !proposal.getDecider().getId().equals(caller.account().getOrganisation().getId())) {
            throw new OutOfScopeException();
        }
        return proposal;
    }

    /**
     * Records the move and carries what is keyed by the old path along: the paths of the units below
     * (an authority's subtree) and every quarter of the unit and of those units, which follows them
     * to their new superior (the moved unit's tier too: a school takes its new superior's).
     */
    private void moved(Organisation unit, String before, Placement old) {
        em.persist(new OrgEvent(unit, OrgEvent.Type.MOVED, LocalDate.now(clock.withZone(CHINA)), clock.instant(),
                caller.username(), before, OrgEvent.describe(unit), null));
        em.flush();
        // A unit below keeps its descent from the moved one: the new path, then what followed the old one.
        int below = old.path().length() + 1;
        em.createNativeQuery("UPDATE organisation SET path = ?1 || SUBSTRING(path, ?2), depth = depth + ?3, version = version + 1"
                        + " WHERE path LIKE ?4 AND id <> ?5")
                .setParameter(1, unit.getPath()).setParameter(2, below).setParameter(3, unit.getDepth() - old.depth())
                .setParameter(4, old.path() + "%").setParameter(5, unit.getId())
                .executeUpdate();
        em.createNativeQuery("UPDATE submission SET org_path = ?1 || SUBSTRING(org_path, ?2),"
                        + " tier = CASE WHEN org_id = ?3 THEN ?4 ELSE tier END, version = version + 1 WHERE org_path LIKE ?5")
                .setParameter(1, unit.getPath()).setParameter(2, below).setParameter(3, unit.getId())
                .setParameter(4, unit.getTier().name()).setParameter(5, old.path() + "%")
                .executeUpdate();
    }

    /** For screens: the authorities of the caller's subtree a school may move to. */
    public List<OrgSummary> authoritiesInScope() {
        Organisation own = caller.account().getOrganisation();
        return em.createQuery("SELECT o FROM Organisation o WHERE o.path LIKE :p AND o.kind IN :k AND o.status = :active ORDER BY o.path", Organisation.class)
                .setParameter("p", own.getPath() + "%")
                .setParameter("k", List.of(OrgKind.PROVINCE, OrgKind.PREFECTURE, OrgKind.COUNTY))
                .setParameter("active", OrgStatus.ACTIVE)
                .setMaxResults(2000)
                .getResultList().stream().map(OrgSummary::of).toList();
    }
}

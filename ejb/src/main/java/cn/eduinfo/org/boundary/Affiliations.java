package cn.eduinfo.org.boundary;

import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.org.AffiliationProposal;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.OutOfScopeException;
import cn.eduinfo.shared.control.Caller;
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

    /** Proposals the caller's organisation decides, open ones first. */
    public List<ProposalLine> proposals() {
        return em.createQuery("SELECT p FROM AffiliationProposal p WHERE p.decider = :d ORDER BY p.status, p.createdAt DESC", AffiliationProposal.class)
                .setParameter("d", caller.account().getOrganisation())
                .setMaxResults(500)
                .getResultList().stream().map(ProposalLine::of).toList();
    }

    public ProposalLine confirm(long proposalId) {
        AffiliationProposal proposal = decidable(proposalId);
        String before = OrgEvent.describe(proposal.getOrganisation());
        proposal.confirm(caller.username(), clock.instant());
        moved(proposal.getOrganisation(), before);
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

    /** Moves a school of the caller's subtree under another authority of the caller's subtree. */
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
        String before = OrgEvent.describe(unit);
        String from = unit.getParent().getCode();
        unit.moveTo(target);
        moved(unit, before);
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

    private void moved(Organisation unit, String before) {
        em.persist(new OrgEvent(unit, OrgEvent.Type.MOVED, LocalDate.now(clock.withZone(CHINA)), clock.instant(),
                caller.username(), before, OrgEvent.describe(unit), null));
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

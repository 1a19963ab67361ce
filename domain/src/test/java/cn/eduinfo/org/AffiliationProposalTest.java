package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A change of affiliation the registry states is decided by the nearest common authority (第十一条). */
class AffiliationProposalTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2024-03-02T09:30:00Z");

    private final Organisation moe = Organisation.moe("教育部");
    private final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    private final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
    private final Organisation longhua = Organisation.authority("460106", "龙华区教育局", OrgKind.COUNTY, haikou);
    private final Organisation sanya = Organisation.authority("460200", "三亚市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation school = Organisation.school("2146000001", "海口市秀英区第一小学", OrgKind.SCHOOL, xiuying, "460105");

    private final AffiliationProposal proposal = new AffiliationProposal(school, longhua, haikou, 7L, CREATED);

    private static void refused(String key, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(key, e.key());
    }

    @Test
    void aNewProposalIsOpenAndRemembersWhereTheUnitWas() {
        assertEquals(AffiliationProposal.Status.OPEN, proposal.getStatus());
        assertSame(school, proposal.getOrganisation());
        assertSame(xiuying, proposal.getFromParent());
        assertSame(longhua, proposal.getToParent());
        assertSame(haikou, proposal.getDecider());
        assertEquals(7L, proposal.getRunId());
        assertEquals(CREATED, proposal.getCreatedAt());
        assertNull(proposal.getDecidedBy());
        assertNull(proposal.getDecidedAt());
    }

    @Test
    void confirmingMovesTheUnitAndRecordsTheDecision() {
        proposal.confirm("admin460100", DECIDED);

        assertEquals(AffiliationProposal.Status.CONFIRMED, proposal.getStatus());
        assertEquals("admin460100", proposal.getDecidedBy());
        assertEquals(DECIDED, proposal.getDecidedAt());
        assertSame(longhua, school.getParent());
        assertEquals("/000000/460000/460100/460106/2146000001/", school.getPath());
        assertEquals(Tier.COUNTY, school.getTier());
        assertSame(xiuying, proposal.getFromParent(), "the proposal still says where the unit came from");
    }

    @Test
    void rejectingLeavesTheUnitWhereItIs() {
        proposal.reject("admin460100", DECIDED);

        assertEquals(AffiliationProposal.Status.REJECTED, proposal.getStatus());
        assertEquals("admin460100", proposal.getDecidedBy());
        assertEquals(DECIDED, proposal.getDecidedAt());
        assertSame(xiuying, school.getParent());
        assertEquals("/000000/460000/460100/460105/2146000001/", school.getPath());
    }

    @Test
    void confirmingTwiceIsRefused() {
        proposal.confirm("admin460100", DECIDED);

        refused("affiliation.alreadyDecided", () -> proposal.confirm("other", DECIDED.plusSeconds(60)));
        assertEquals(AffiliationProposal.Status.CONFIRMED, proposal.getStatus());
        assertEquals("admin460100", proposal.getDecidedBy());
        assertEquals(DECIDED, proposal.getDecidedAt());
        assertSame(longhua, school.getParent());
    }

    @Test
    void aRejectedProposalCannotBeConfirmedOrRejectedAgain() {
        proposal.reject("admin460100", DECIDED);

        refused("affiliation.alreadyDecided", () -> proposal.confirm("other", DECIDED.plusSeconds(60)));
        refused("affiliation.alreadyDecided", () -> proposal.reject("other", DECIDED.plusSeconds(60)));
        assertEquals(AffiliationProposal.Status.REJECTED, proposal.getStatus());
        assertEquals("admin460100", proposal.getDecidedBy());
        assertSame(xiuying, school.getParent());
    }

    @Test
    void aConfirmedProposalCannotBeRejected() {
        proposal.confirm("admin460100", DECIDED);

        refused("affiliation.alreadyDecided", () -> proposal.reject("other", DECIDED.plusSeconds(60)));
        assertEquals(AffiliationProposal.Status.CONFIRMED, proposal.getStatus());
        assertSame(longhua, school.getParent());
    }

    @Test
    void aProposalWhoseUnitMovedMeanwhileIsStale() {
        school.moveTo(sanya);

        refused("affiliation.stale", () -> proposal.confirm("admin460100", DECIDED));
        assertEquals(AffiliationProposal.Status.OPEN, proposal.getStatus());
        assertNull(proposal.getDecidedBy());
        assertNull(proposal.getDecidedAt());
        assertSame(sanya, school.getParent());

        refused("affiliation.stale", () -> proposal.reject("admin460100", DECIDED));
        assertEquals(AffiliationProposal.Status.OPEN, proposal.getStatus());
    }

    @Test
    void aSecondProposalForTheSameUnitIsStaleOnceTheFirstIsConfirmed() {
        AffiliationProposal toSanya = new AffiliationProposal(school, sanya, hainan, 8L, CREATED);
        proposal.confirm("admin460100", DECIDED);

        refused("affiliation.stale", () -> toSanya.confirm("admin460000", DECIDED));
        assertEquals(AffiliationProposal.Status.OPEN, toSanya.getStatus());
        assertSame(longhua, school.getParent());
    }

    @Test
    void aTargetClosedMeanwhileLeavesTheProposalOpen() {
        longhua.close(java.time.LocalDate.of(2024, 3, 2));

        refused("org.move.targetNotAuthority", () -> proposal.confirm("admin460100", DECIDED));
        assertEquals(AffiliationProposal.Status.OPEN, proposal.getStatus());
        assertNull(proposal.getDecidedBy());
        assertSame(xiuying, school.getParent());
    }
}

package cn.eduinfo.org;

import cn.eduinfo.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The registry says a unit belongs to another authority. The system does not move it by itself:
 * the administrators of the nearest authority above both the old and the new parent decide (第十一条).
 */
@Entity
@Table(name = "affiliation_proposal")
public class AffiliationProposal {

    public enum Status { OPEN, CONFIRMED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_parent_id")
    private Organisation fromParent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_parent_id")
    private Organisation toParent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposer_id")
    private Organisation decider;

    @Column(name = "run_id")
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected AffiliationProposal() {
    }

    public AffiliationProposal(Organisation organisation, Organisation toParent, Organisation decider, Long runId, Instant now) {
        this.organisation = organisation;
        this.fromParent = organisation.getParent();
        this.toParent = toParent;
        this.decider = decider;
        this.runId = runId;
        this.createdAt = now;
    }

    /** Confirmed by an administrator of the deciding authority: the unit moves. */
    public void confirm(String by, Instant now) {
        requireOpen();
        organisation.moveTo(toParent);
        status = Status.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    public void reject(String by, Instant now) {
        requireOpen();
        status = Status.REJECTED;
        decidedBy = by;
        decidedAt = now;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new DomainException("affiliation.alreadyDecided");
        }
        if (organisation.getParent() != fromParent) {
            throw new DomainException("affiliation.stale");
        }
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Organisation getFromParent() { return fromParent; }
    public Organisation getToParent() { return toParent; }
    public Organisation getDecider() { return decider; }
    public Long getRunId() { return runId; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public int getVersion() { return version; }
}

package cn.eduinfo.org;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated change of the tree (第二十二条): what a unit was before and after, and which run or
 * person did it, so that the tree can be seen as of any date.
 */
@Entity
@Table(name = "org_event")
public class OrgEvent {

    public enum Type { ADDED, CHANGED, CLOSED, MERGED, REOPENED, MOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 16)
    private Type type;

    @Column(nullable = false)
    private LocalDate effective;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "before_text", length = 1000)
    private String before;

    @Column(name = "after_text", length = 1000)
    private String after;

    @Column(name = "run_id")
    private Long runId;

    protected OrgEvent() {
    }

    public OrgEvent(Organisation organisation, Type type, LocalDate effective, Instant recordedAt, String recordedBy,
                    String before, String after, Long runId) {
        this.organisation = organisation;
        this.type = type;
        this.effective = effective;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.before = before;
        this.after = after;
        this.runId = runId;
    }

    /** How a unit reads in an event: name, superior and status. */
    public static String describe(Organisation o) {
        return describe(o.getName(), o.getParent() == null ? null : o.getParent().getCode(), o.getStatus());
    }

    /** The same from its parts; parentCode null for none. */
    public static String describe(String name, String parentCode, OrgStatus status) {
        return name + " · " + (parentCode == null ? "—" : parentCode) + " · " + status;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Type getType() { return type; }
    public LocalDate getEffective() { return effective; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public Long getRunId() { return runId; }
}

package cn.eduinfo.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app message to an organisation, seen by its administrators and reviewers: a reminder before
 * its window closes, a superior's chase (催报), a return, a withdrawal request or its refusal.
 * Reminders are written set-based; the others one by one.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind { REMINDER, CHASE, RETURNED, WITHDRAWAL_REQUESTED, WITHDRAWAL_REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "org_id", nullable = false, updatable = false)
    private Long orgId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Kind kind;

    @Column(name = "quarter_key", nullable = false, updatable = false)
    private int quarterKey;

    @Column(nullable = false, length = 40, updatable = false)
    private String sender;

    @Column(length = Submission.MAX_REASON, updatable = false)
    private String detail;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by", length = 40)
    private String readBy;

    protected Notification() {
    }

    public Notification(Long orgId, Kind kind, Quarter quarter, String sender, String detail, Instant at) {
        this.orgId = orgId;
        this.kind = kind;
        this.quarterKey = quarter.key();
        this.sender = sender;
        this.detail = detail;
        this.createdAt = at;
    }

    public void markRead(String by, Instant at) {
        if (readAt == null) {
            readAt = at;
            readBy = by;
        }
    }

    public Long getId() { return id; }
    public Long getOrgId() { return orgId; }
    public Instant getCreatedAt() { return createdAt; }
    public Kind getKind() { return kind; }
    public Quarter quarter() { return Quarter.ofKey(quarterKey); }
    public String getSender() { return sender; }
    public String getDetail() { return detail; }
    public Instant getReadAt() { return readAt; }
}

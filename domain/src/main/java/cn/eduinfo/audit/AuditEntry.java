package cn.eduinfo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the trail (第二十二条): who did what to which, when, from where. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "target_type", length = 20, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 64, updatable = false)
    private String targetId;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(length = 64, updatable = false)
    private String address;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String targetType, String targetId, String detail, String address) {
        this.at = at;
        this.actor = cut(actor, 64);
        this.action = action;
        this.targetType = targetType;
        this.targetId = cut(targetId, 64);
        this.detail = cut(detail, DETAIL_MAX);
        this.address = cut(address, 64);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}

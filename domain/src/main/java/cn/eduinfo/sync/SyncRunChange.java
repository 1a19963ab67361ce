package cn.eduinfo.sync;

import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One change of a run's change set. The file's row is kept in columns, so that the apply step
 * works on whole ranges of changes in SQL; the run records up to which sequence number they are
 * applied ({@link SyncRun#getAppliedThrough()}), so a stopped or crashed run resumes where it was.
 */
@Entity
@Table(name = "sync_run_change")
@IdClass(SyncRunChange.Key.class)
public class SyncRunChange {

    /** A change is the seq-th of its run's change set. */
    public static class Key implements Serializable {
        private Long runId;
        private int seq;

        public Key() {
        }

        public Key(Long runId, int seq) {
            this.runId = runId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(runId, k.runId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, seq);
        }
    }

    @Id
    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Id
    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 16)
    private ChangeType type;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "before_text", length = 1000)
    private String beforeText;

    @Column(length = 10)
    private String proposer;

    @Column(length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OrgKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_category", length = 30)
    private SchoolCategory category;

    @Column(name = "division_code", length = 6)
    private String division;

    @Column(name = "parent_code", length = 10)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private OrgStatus status;

    @Column(name = "successor_code", length = 10)
    private String successorCode;

    private LocalDate effective;

    /** Why the sync makes a change no row of the file states (the screen shows it); null when the row states it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ChangeReason reason;

    protected SyncRunChange() {
    }

    public SyncRunChange(long runId, int seq, Change change) {
        this.runId = runId;
        this.seq = seq;
        this.type = change.type();
        this.code = change.code();
        this.beforeText = change.before() == null ? null : describe(change.before().name(), change.before().parent(), change.before().status());
        this.proposer = change.proposer();
        RegistryRow r = change.after();
        this.name = r.name();
        this.kind = r.kind();
        this.category = r.category();
        this.division = r.division();
        this.parentCode = r.parent();
        this.status = r.status();
        this.successorCode = r.successor();
        this.effective = r.effective();
        this.reason = change.reason();
    }

    private static String describe(String name, String parent, OrgStatus status) {
        String text = OrgEvent.describe(name, parent, status);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** The registry row this change brings, as the file had it. */
    public RegistryRow row() {
        return new RegistryRow(0, code, name, kind, category, division, parentCode, status, successorCode, effective);
    }

    public Long getRunId() { return runId; }
    public int getSeq() { return seq; }
    public ChangeType getType() { return type; }
    public String getCode() { return code; }
    public String getBeforeText() { return beforeText; }
    /** The unit as this change leaves it (OrgEvent.describe's form), from the row kept in columns. */
    public String getAfterText() { return name == null ? null : describe(name, parentCode, status); }
    public String getProposer() { return proposer; }
    public ChangeReason getReason() { return reason; }
}

package cn.eduinfo.sync;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One change of a run's change set, kept until it is applied: the apply step reads the
 * unapplied ones in order, so a stopped or crashed run resumes exactly where it was.
 */
@Entity
@Table(name = "sync_run_change")
public class SyncRunChange {

    private static final String SEP = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_seq")
    @SequenceGenerator(name = "sync_seq", sequenceName = "sync_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 16)
    private ChangeType type;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "before_text", length = 1000)
    private String beforeText;

    @Column(name = "after_text", nullable = false, length = 1000)
    private String afterText;

    @Column(name = "row_data", nullable = false, length = 1000)
    private String rowData;

    @Column(length = 10)
    private String proposer;

    @Column(nullable = false)
    private boolean applied;

    protected SyncRunChange() {
    }

    public SyncRunChange(long runId, int seq, Change change) {
        this.runId = runId;
        this.seq = seq;
        this.type = change.type();
        this.code = change.code();
        this.beforeText = change.before() == null ? null : describe(change.before().name(), change.before().parent(), change.before().status());
        this.afterText = describe(change.after().name(), change.after().parent(), change.after().status());
        this.rowData = encode(change.after());
        this.proposer = change.proposer();
    }

    private static String describe(String name, String parent, OrgStatus status) {
        String text = name + " · " + (parent == null ? "—" : parent) + " · " + status;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    public void markApplied() {
        applied = true;
    }

    /** The registry row this change brings, as the file had it. */
    public RegistryRow row() {
        String[] f = rowData.split(SEP, -1);
        return new RegistryRow(0, f[0], f[1], OrgKind.valueOf(f[2]), f[3].isEmpty() ? null : SchoolCategory.valueOf(f[3]),
                f[4], f[5].isEmpty() ? null : f[5], OrgStatus.valueOf(f[6]), f[7].isEmpty() ? null : f[7],
                LocalDate.parse(f[8]));
    }

    private static String encode(RegistryRow r) {
        return String.join(SEP, r.code(), r.name(), r.kind().name(), r.category() == null ? "" : r.category().name(),
                r.division(), r.parent() == null ? "" : r.parent(), r.status().name(),
                r.successor() == null ? "" : r.successor(), r.effective().toString());
    }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public int getSeq() { return seq; }
    public ChangeType getType() { return type; }
    public String getCode() { return code; }
    public String getBeforeText() { return beforeText; }
    public String getAfterText() { return afterText; }
    public String getProposer() { return proposer; }
    public boolean isApplied() { return applied; }
}

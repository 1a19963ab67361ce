package cn.eduinfo.sync;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The snapshot file of a run, kept in the database so that any instance can validate or resume it. */
@Entity
@Table(name = "sync_run_file")
public class SyncRunFile {

    @Id
    @Column(name = "run_id")
    private Long runId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    /** Whether content is the file deflated (StoredFile), or the file itself (stored before V23). */
    @Column(nullable = false)
    private boolean deflated;

    protected SyncRunFile() {
    }

    public SyncRunFile(long runId, byte[] content, boolean deflated) {
        this.runId = runId;
        this.content = content;
        this.deflated = deflated;
    }

    public byte[] getContent() {
        return content;
    }

    public boolean isDeflated() {
        return deflated;
    }
}

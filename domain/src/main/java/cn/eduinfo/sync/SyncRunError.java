package cn.eduinfo.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** One fatal problem of a run's file, with its line (0 = the whole file). */
@Entity
@Table(name = "sync_run_error")
public class SyncRunError {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_seq")
    @SequenceGenerator(name = "sync_seq", sequenceName = "sync_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "line_no", nullable = false)
    private int line;

    @Column(name = "msg_key", nullable = false, length = 60)
    private String key;

    @Column(length = 1000)
    private String args;

    protected SyncRunError() {
    }

    public SyncRunError(long runId, RegistryError error) {
        this.runId = runId;
        this.line = error.line();
        this.key = error.key();
        this.args = StoredArgs.join(error.args());
    }

    public int getLine() { return line; }
    public String getKey() { return key; }

    public List<String> getArgs() {
        return StoredArgs.split(args);
    }
}

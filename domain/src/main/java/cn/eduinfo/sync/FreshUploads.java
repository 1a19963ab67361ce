package cn.eduinfo.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file of a run just started on this instance, handed from the upload to the job's validate
 * step in memory, so that a national snapshot (~30 MB) is not read back from the database it was
 * just written to. The stored copy ({@link SyncRunFile}) stays the reference: a run validated on
 * another instance or after a restart reads it. At most one run is under way at a time.
 */
@ApplicationScoped
public class FreshUploads {

    private final Map<Long, byte[]> files = new ConcurrentHashMap<>();

    public void hold(long runId, byte[] content) {
        files.put(runId, content);
    }

    /** The run's file if this instance still holds it; it no longer does afterwards. */
    public Optional<byte[]> take(long runId) {
        return Optional.ofNullable(files.remove(runId));
    }
}

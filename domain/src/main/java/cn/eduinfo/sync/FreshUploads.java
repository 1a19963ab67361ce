package cn.eduinfo.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file of a run just started on this instance, handed from the upload to the job's validate
 * step in memory, so that a national snapshot (~30 MB) is not read back from the database it was
 * just written to. The stored copy ({@link SyncRunFile}) stays the reference: a run validated on
 * another instance or after a restart reads it. At most one run is under way at a time.
 *
 * <p>The file of the run validated last here is kept too, while memory allows: if that run completes,
 * the next quarter's is read against it (LastApplied) without reading it back from the database.
 */
@ApplicationScoped
public class FreshUploads {

    private final Map<Long, byte[]> files = new ConcurrentHashMap<>();
    private volatile Kept kept = new Kept(0, new SoftReference<>(null));

    private record Kept(long runId, SoftReference<byte[]> content) {
    }

    public void hold(long runId, byte[] content) {
        files.put(runId, content);
    }

    /** The run's file if this instance still holds it; it no longer does afterwards. */
    public Optional<byte[]> take(long runId) {
        return Optional.ofNullable(files.remove(runId));
    }

    /** Keeps the file of a run just validated here (replacing the one kept before). */
    public void keep(long runId, byte[] content) {
        kept = new Kept(runId, new SoftReference<>(content));
    }

    /** The file of the run if it is the one kept here and memory allowed keeping it. */
    public Optional<byte[]> kept(long runId) {
        Kept k = kept;
        return k.runId() == runId ? Optional.ofNullable(k.content().get()) : Optional.empty();
    }
}

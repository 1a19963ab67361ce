package cn.eduinfo.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The file of a run just started on this instance, handed from the upload to the job's validate
 * step in memory, so that a national snapshot (~30 MB) is not read back from the database it was
 * just written to. The stored copy ({@link SyncRunFile}) stays the reference: a run validated on
 * another instance or after a restart reads it. At most one run is under way at a time.
 *
 * <p>Its reading begins as it is handed over, on a second core, while the upload stores it: in full,
 * or split for a read against the last file applied where there is one, and matched against that
 * file if kept here (SnapshotDelta); the validate step takes it from there, or reads the file afresh
 * where it guessed wrong.
 *
 * <p>The file of the run validated last here is kept too, while memory allows: if that run completes,
 * the next quarter's is read against it (LastApplied) without reading it back from the database.
 */
@ApplicationScoped
public class FreshUploads {

    private final Map<Long, Upload> files = new ConcurrentHashMap<>();
    private final AtomicReference<Kept> kept =
            new AtomicReference<>(new Kept(0, new SoftReference<>(null), new SoftReference<>(null)));

    /** The file of the run validated last here, and once that run has completed, the file split (see {@link #scanKept}). */
    private record Kept(long runId, SoftReference<byte[]> content, SoftReference<SnapshotDelta.Scan> scan) {
    }

    /**
     * A file handed over, its reading begun one way or the other.
     *
     * @param inFull  null if begun as a read against the last file applied
     * @param scan    null if begun as a read in full
     * @param matched null unless the last file applied was kept here: the file matched against it
     *                (SnapshotDelta.match), begun after the split
     * @param against the run of that file
     */
    public record Upload(byte[] content, FileReading inFull, CompletableFuture<SnapshotDelta.Scan> scan,
                         CompletableFuture<Optional<SnapshotDelta.Matched>> matched, long against) {

        /** The file matched against that of the run, if begun so. */
        public Optional<CompletableFuture<Optional<SnapshotDelta.Matched>>> matchedAgainst(long runId) {
            return matched != null && against == runId ? Optional.of(matched) : Optional.empty();
        }
    }

    /**
     * Holds the run's file and begins reading it. One run is under way at a time: a file held for an
     * earlier run that never started (its upload failed as it was stored) is let go.
     *
     * @param declared    the charset the operator declared, null to detect it
     * @param readAgainst the last run to complete, if it left a file the new one may be read against
     *                    (SyncRun.canBeReadAgainst)
     */
    public void hold(long runId, byte[] content, Charset declared, OptionalLong readAgainst) {
        files.clear();
        boolean utf8 = declared == null || declared.equals(StandardCharsets.UTF_8);
        if (readAgainst.isEmpty() || !utf8) {
            files.put(runId, new Upload(content, FileReading.begin(content, declared), null, null, 0));
            return;
        }
        CompletableFuture<SnapshotDelta.Scan> scan = CompletableFuture.supplyAsync(() -> SnapshotDelta.scan(content));
        long against = readAgainst.getAsLong();
        CompletableFuture<Optional<SnapshotDelta.Matched>> matched = keptScan(against)
                .map(reference -> scan.thenApply(next -> SnapshotDelta.match(next, reference))).orElse(null);
        files.put(runId, new Upload(content, null, scan, matched, against));
    }

    /** The run's file if this instance still holds it; it no longer does afterwards. */
    public Optional<Upload> take(long runId) {
        return Optional.ofNullable(files.remove(runId));
    }

    /** Keeps the file of a run just validated here (replacing the one kept before). */
    public void keep(long runId, byte[] content) {
        kept.set(new Kept(runId, new SoftReference<>(content), new SoftReference<>(null)));
    }

    /**
     * Splits the kept file of a run that has just completed and can be read against
     * (SyncRun.canBeReadAgainst), and indexes its lines by code, in the idle time after it, so that the
     * next quarter's is matched against it as it is uploaded (SnapshotDelta). A file no longer kept is left alone.
     */
    public void scanKept(long runId) {
        Kept k = kept.get();
        byte[] content = k.runId() == runId ? k.content().get() : null;
        if (content != null && k.scan().get() == null) {
            // Unless another run's file was kept meanwhile.
            kept.compareAndSet(k, new Kept(runId, k.content(), new SoftReference<>(SnapshotDelta.scan(content).asReference())));
        }
    }

    /** The kept file of the run, split, if it was (see {@link #scanKept}) and memory allowed keeping it. */
    public Optional<SnapshotDelta.Scan> keptScan(long runId) {
        Kept k = kept.get();
        return k.runId() == runId ? Optional.ofNullable(k.scan().get()) : Optional.empty();
    }

    /** The file of the run if it is the one kept here and memory allowed keeping it. */
    public Optional<byte[]> kept(long runId) {
        Kept k = kept.get();
        return k.runId() == runId ? Optional.ofNullable(k.content().get()) : Optional.empty();
    }
}

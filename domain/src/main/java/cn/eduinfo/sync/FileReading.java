package cn.eduinfo.sync;

import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file's full read (split, then its lines parsed in two halves) begun on a second core, possibly as
 * soon as the file is uploaded and while it is being stored, and finished by whichever thread gets
 * to each half first: the pool's thread takes the second half then the first, the caller of
 * {@link #finish} whatever is left. Plain computation on bytes in memory, no container service.
 */
public final class FileReading {

    private final CompletableFuture<RegistryFile.Split> split;
    private final Half[] halves = {new Half(0), new Half(1)};

    private FileReading(CompletableFuture<RegistryFile.Split> split) {
        this.split = split;
    }

    /** Starts reading the file on the common pool; see RegistryFile.split for {@code declared}. */
    public static FileReading begin(byte[] content, Charset declared) {
        FileReading reading = new FileReading(CompletableFuture.supplyAsync(() -> RegistryFile.split(content, declared)));
        reading.split.thenRun(() -> {
            reading.halves[1].parseIfUnclaimed();
            reading.halves[0].parseIfUnclaimed();
        });
        return reading;
    }

    /** Parses, on this thread, any half not taken yet, and returns the whole file's rows and errors. */
    public RegistryFile.Parsed finish() {
        RegistryFile.Split file = split.join();
        halves[0].parseIfUnclaimed();
        halves[1].parseIfUnclaimed();
        return file.join(List.of(halves[0].parsed.join(), halves[1].parsed.join()));
    }

    /** One half of the data lines, parsed once by whoever claims it. */
    private final class Half {
        private final int index;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<RegistryFile.Part> parsed = new CompletableFuture<>();

        private Half(int index) {
            this.index = index;
        }

        private void parseIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    parsed.complete(split.join().parse(index, 2));
                } catch (RuntimeException | Error e) {
                    parsed.completeExceptionally(e);
                    throw e;
                }
            }
        }
    }
}

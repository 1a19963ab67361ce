package cn.eduinfo.sync.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** A snapshot the registry shared for the quarterly timer: its file's name and content. */
public record SharedSnapshot(String fileName, byte[] content) {

    /**
     * The newest {@code .csv} of the drop directory (made if missing), or none. The registry should
     * write a file under another extension and rename it to {@code .csv} when whole.
     */
    public static Optional<SharedSnapshot> newestIn(Path directory) throws IOException {
        Files.createDirectories(directory);
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(directory)) {
            newest = files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()));
        }
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SharedSnapshot(newest.get().getFileName().toString(), Files.readAllBytes(newest.get())));
    }
}

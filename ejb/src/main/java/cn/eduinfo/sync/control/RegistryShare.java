package cn.eduinfo.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the registry shares its snapshot for the quarterly timer: its URL, else a drop directory, else nowhere. */
@ApplicationScoped
public class RegistryShare {

    /** A directory the quarterly timer takes the newest snapshot from, unless a source URL is set. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.drop-dir")
    Optional<String> dropDirectory;

    /** The address the registry shares its snapshot at; it comes before a drop directory. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.source-url")
    Optional<String> sourceUrl;

    /** The longest a fetch waits for the registry's server to answer or send more. */
    @Inject
    @ConfigProperty(name = "eduinfo.sync.source-timeout", defaultValue = "PT2M")
    Duration sourceTimeout;

    /** The share as operators are shown it: the URL without its password, or the directory; none: the timer starts nothing. */
    public Optional<String> source() {
        if (isSet(sourceUrl)) {
            try {
                return Optional.of(new RegistryUrl(sourceUrl.get(), sourceTimeout, 0).toString());
            } catch (IllegalArgumentException malformed) {
                return Optional.of("eduinfo.sync.source-url: " + malformed.getMessage());
            }
        }
        return isSet(dropDirectory) ? dropDirectory : Optional.empty();
    }

    /**
     * What is shared now, or none.
     *
     * @throws IllegalArgumentException when the URL is malformed
     */
    public Optional<SharedSnapshot> read(int maxBytes) throws IOException {
        if (isSet(sourceUrl)) {
            return new RegistryUrl(sourceUrl.get(), sourceTimeout, maxBytes).fetch();
        }
        return isSet(dropDirectory) ? SharedSnapshot.newestIn(Path.of(dropDirectory.get())) : Optional.empty();
    }

    private static boolean isSet(Optional<String> setting) {
        return setting.filter(s -> !s.isBlank()).isPresent();
    }
}

package cn.eduinfo.sync.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The address the registry shares its quarterly snapshot at (eduinfo.sync.source-url), fetched by the
 * quarterly timer. HTTP(S) GET, gzip accepted (a national snapshot is ~30 MB of CSV, ~4 MB gzipped);
 * a user and password in the address are sent as Basic authentication and never shown. A 404 is
 * "not shared yet". Bounded: a connection within 10 s, no read waiting longer than the timeout, no
 * more than the most a registry file may hold.
 */
public final class RegistryUrl {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI address;
    private final String authorization;
    private final Duration timeout;
    private final int maxBytes;

    /** @throws IllegalArgumentException when the address is not an absolute http(s) URL */
    public RegistryUrl(String url, Duration timeout, int maxBytes) {
        URI given;
        try {
            given = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("not a valid URL: " + malformed.getReason()); // the input not echoed: it may hold a password
        }
        if (!"http".equalsIgnoreCase(given.getScheme()) && !"https".equalsIgnoreCase(given.getScheme()) || given.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL"); // not echoed: it may hold a password
        }
        this.address = withoutUserInfo(given);
        this.authorization = given.getUserInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(given.getUserInfo().getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** What the address serves now, or none when it answers 404. */
    public Optional<SharedSnapshot> fetch() throws IOException {
        HttpURLConnection http = (HttpURLConnection) address.toURL().openConnection();
        http.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        http.setReadTimeout((int) timeout.toMillis());
        http.setRequestProperty("Accept-Encoding", "gzip");
        if (authorization != null) {
            http.setRequestProperty("Authorization", authorization);
        }
        try {
            int status = http.getResponseCode();
            if (status == HttpURLConnection.HTTP_NOT_FOUND) {
                return Optional.empty();
            }
            if (status != HttpURLConnection.HTTP_OK) {
                throw new IOException(this + " answered HTTP " + status);
            }
            boolean gzipped = "gzip".equalsIgnoreCase(http.getContentEncoding());
            if (!gzipped && http.getContentLengthLong() > maxBytes) {
                throw tooLarge();
            }
            try (InputStream body = gzipped ? new GZIPInputStream(http.getInputStream()) : http.getInputStream()) {
                byte[] content = body.readNBytes(maxBytes + 1);
                if (content.length > maxBytes) {
                    throw tooLarge();
                }
                return Optional.of(new SharedSnapshot(fileName(), content));
            }
        } finally {
            http.disconnect();
        }
    }

    private IOException tooLarge() {
        return new IOException(this + " serves more than " + maxBytes / 1024 / 1024 + " MB");
    }

    /** The address's last path segment, as the run names its file. */
    private String fileName() {
        String path = address.getPath() == null ? "" : address.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "registry.csv" : last;
    }

    /** The address without its user and password, as logs and screens show it. */
    @Override
    public String toString() {
        return address.toString();
    }

    /** Built from the raw parts: decoding and encoding again would change an escaped query. */
    private static URI withoutUserInfo(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + Objects.toString(uri.getRawPath(), "") + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}

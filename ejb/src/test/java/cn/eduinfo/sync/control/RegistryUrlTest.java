package cn.eduinfo.sync.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quarterly timer's fetch of the registry's snapshot, against a real HTTP server of this JVM. */
class RegistryUrlTest {

    private static final byte[] SNAPSHOT = "code,name\n2146000001,海口市第一小学\n".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> authorizations = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/share/2027q1.csv", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String encodings = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            send(exchange, 200, encodings.contains("gzip") ? gzip(SNAPSHOT) : SNAPSHOT, encodings.contains("gzip"));
        });
        server.createContext("/share/large.csv", exchange -> send(exchange, 200, new byte[2048], false));
        server.createContext("/share/bomb.csv", exchange -> send(exchange, 200, gzip(new byte[1_000_000]), true));
        server.createContext("/share/broken.csv", exchange -> send(exchange, 503, new byte[0], false));
        server.createContext("/share/stalled.csv", exchange -> {
            exchange.sendResponseHeaders(200, SNAPSHOT.length);
            exchange.getResponseBody().write(SNAPSHOT, 0, 5);
            exchange.getResponseBody().flush();
            sleep(3_000);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesTheSnapshotGzippedAndNamesItAfterItsPath() throws IOException {
        SharedSnapshot fetched = url("/share/2027q1.csv", 1024).fetch().orElseThrow();
        assertArrayEquals(SNAPSHOT, fetched.content(), "sent gzipped, read whole");
        assertEquals("2027q1.csv", fetched.fileName());
        assertEquals(List.of("null"), authorizations, "no user in the address: no authentication");
    }

    @Test
    void sendsTheAddresssUserAsBasicAuthenticationAndNeverShowsThePassword() throws IOException {
        String address = "http://registry:p%40ss@" + host() + "/share/2027q1.csv";
        RegistryUrl url = new RegistryUrl(address, Duration.ofSeconds(5), 1024);
        assertTrue(url.fetch().isPresent());
        assertEquals(List.of("Basic " + java.util.Base64.getEncoder().encodeToString("registry:p@ss".getBytes(StandardCharsets.UTF_8))),
                authorizations);
        assertEquals("http://" + host() + "/share/2027q1.csv", url.toString());
    }

    @Test
    void notFoundIsNothingSharedYet() throws IOException {
        assertEquals(Optional.empty(), url("/share/2027q2.csv", 1024).fetch());
    }

    @Test
    void anotherStatusIsAnErrorThatNamesIt() {
        IOException refused = assertThrows(IOException.class, () -> url("/share/broken.csv", 1024).fetch());
        assertTrue(refused.getMessage().endsWith("/share/broken.csv answered HTTP 503"), refused.getMessage());
    }

    @Test
    void moreThanTheMostARegistryFileMayHoldIsRefusedAsSentAndAsUnpacked() {
        IOException large = assertThrows(IOException.class, () -> url("/share/large.csv", 1024).fetch());
        assertTrue(large.getMessage().contains("serves more than"), large.getMessage());
        IOException bomb = assertThrows(IOException.class, () -> url("/share/bomb.csv", 100_000).fetch());
        assertTrue(bomb.getMessage().contains("serves more than"), "a few KB gzipped, 1 MB unpacked: " + bomb.getMessage());
    }

    @Test
    void aServerThatStopsSendingIsGivenUpAfterTheTimeout() {
        RegistryUrl url = new RegistryUrl("http://" + host() + "/share/stalled.csv", Duration.ofMillis(500), 1024);
        assertThrows(SocketTimeoutException.class, url::fetch);
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedWithoutEchoingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RegistryUrl("ftp://user:secret@registry/share.csv", Duration.ofSeconds(1), 1024));
        assertFalse(refused.getMessage().contains("secret"), refused.getMessage());
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> new RegistryUrl("https://user:secret@registry host/share.csv", Duration.ofSeconds(1), 1024));
        assertFalse(malformed.getMessage().contains("secret"), malformed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RegistryUrl("share.csv", Duration.ofSeconds(1), 1024));
    }

    private RegistryUrl url(String path, int maxBytes) {
        return new RegistryUrl("http://" + host() + path, Duration.ofSeconds(5), maxBytes);
    }

    private String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, int status, byte[] body, boolean gzipped) throws IOException {
        if (gzipped) {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(content);
        }
        return packed.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package cn.eduinfo.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The registry's side of eduinfo.sync.source-url, in the test's JVM: one path that answers 404 until a
 * snapshot is shared, then serves it, gzipped to clients that accept it, to a user with the password.
 */
final class RegistrySharingServer implements AutoCloseable {

    static final String USER = "eduinfo";
    static final String PASSWORD = "Share#2027";

    private final HttpServer server;
    private final String path;
    private volatile byte[] shared;
    private final AtomicInteger fetched = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    RegistrySharingServer(String fileName) {
        path = "/share/" + fileName;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::answer);
        server.start();
    }

    /** The address with its user and password, as the setting gives it. */
    String url() {
        return "http://" + USER + ":" + PASSWORD.replace("#", "%23") + "@127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void share(byte[] content) {
        shared = content;
    }

    /** How many times the snapshot itself was sent. */
    int fetched() {
        return fetched.get();
    }

    /** How many requests came without the user's password. */
    int refused() {
        return refused.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] content = shared;
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip")) {
                content = gzip(content);
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
            fetched.incrementAndGet();
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(content);
        }
        return packed.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

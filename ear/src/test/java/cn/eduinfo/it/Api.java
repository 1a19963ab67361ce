package cn.eduinfo.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A caller of the JSON API with HTTP Basic credentials, as a monitoring tool or another system would be. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo@2026";

    // HTTP/1.1 as browsers and other systems speak it here (no h2c upgrade); one client per caller,
    // so that a connection the server refused (a 10,000-character header) is never reused by another.
    private final HttpClient http;

    private final String base;
    private final String authorization;
    private String language = "zh-CN";

    private Api(String base, String username, String password) {
        this(base, username, password, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    }

    private Api(String base, String username, String password, HttpClient http) {
        this(http, base, username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private Api(HttpClient http, String base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    public static Api as(String base, String username, String password) {
        return new Api(base, username, password);
    }

    public static Api demo(String base, String username) {
        return as(base, username, DEMO_PASSWORD);
    }

    /** Signs in once (POST api/session with Basic); from then on recognised by the session cookie alone. */
    public static Api session(String base, String username, String password) {
        HttpClient cookies = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager()).build();
        Reply signIn = new Api(base, username, password, cookies).post("api/session", null);
        if (signIn.status() != 200) {
            throw new AssertionError("sign-in of " + username + ": " + signIn);
        }
        return new Api(base, null, null, cookies);
    }

    /** The same caller, with the same cookies, at another base URL: another instance, as a load balancer fails over. */
    public Api at(String otherBase) {
        return new Api(http, otherBase, authorization);
    }

    public static Api anonymous(String base) {
        return new Api(base, null, null);
    }

    public Api inLanguage(String language) {
        this.language = language;
        return this;
    }

    public record Reply(int status, String body, byte[] bytes, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The body as a stream of unknown length: sent in chunks, with no Content-Length, as a streaming client sends it. */
    public Reply postStream(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

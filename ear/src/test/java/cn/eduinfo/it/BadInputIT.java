package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Empty, huge, SQL and script input gets a clear message in the caller's language and changes nothing. */
class BadInputIT extends ItBase {

    @Test
    void searchTextIsNeverSqlAndHugeTextIsRefusedWithAMessage() {
        Api county = Api.demo(base(), "460105I1");
        var injected = county.get("api/organisations?q=" + Api.q("' OR '1'='1' --"));
        assertEquals(200, injected.status());
        assertEquals("[]", injected.body());
        var wildcard = county.get("api/organisations?q=" + Api.q("%"));
        assertEquals("[]", wildcard.body(), "LIKE wildcards are literal");
        assertEquals("[]", county.get("api/organisations?q=").body());

        var huge = county.get("api/organisations?q=" + Api.q("学".repeat(300)));
        assertEquals(400, huge.status(), huge.toString());
        assertEquals("search.tooLong", huge.json().getString("key"));
        assertTrue(huge.json().getString("message").contains("50"));
        var english = county.inLanguage("en").get("api/organisations?q=" + "x".repeat(51));
        assertTrue(english.json().getString("message").startsWith("The search may have"), english.toString());
    }

    @Test
    void malformedIdsAndBodiesAreRefusedWithoutAStackTrace() {
        Api county = Api.demo(base(), "460105A1");
        for (var reply : new Api.Reply[]{
                county.get("api/organisations/abc"),
                county.get("api/organisations/" + "9".repeat(40)),
                county.post("api/me/password", "{not json"),
                county.put("api/me/personal-info", "[]")}) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply.toString());
            assertFalse(reply.body().contains("Exception") || reply.body().contains("at cn."), reply.body());
        }
    }

    @Test
    void oversizedAndScriptPersonalInformationChangesNothing() {
        String base = base();
        Api holder = Api.demo(base, "460105I1");
        String before = holder.get("api/me").json().getString("realName");
        for (String body : new String[]{
                "{\"realName\":\"" + "王".repeat(10_000) + "\",\"position\":\"科员\",\"phone\":\"0898-1234567\",\"email\":\"a@b.cn\"}",
                "{\"realName\":\"王芳\",\"position\":\"'; DROP TABLE account; --\",\"phone\":\"0898-1234567\",\"email\":\"a@b.cn\"}",
                "{\"realName\":\"王芳\",\"position\":\"科员\",\"phone\":\"<img src=x>\",\"email\":\"a@b.cn\"}",
                "{\"realName\":\"王芳\",\"position\":\"科员\",\"phone\":\"0898-1234567\",\"email\":\"not-an-email\"}",
                "{\"realName\":\"\",\"position\":\"\",\"phone\":\"\",\"email\":\"\"}"}) {
            var reply = holder.put("api/me/personal-info", body);
            assertEquals(400, reply.status(), reply.toString());
            assertFalse(reply.json().getString("message").isBlank());
        }
        assertEquals(before, holder.get("api/me").json().getString("realName"));
        var tooLong = holder.post("api/me/password", "{\"current\":\"" + Api.DEMO_PASSWORD + "\",\"new\":\"Aa1!" + "x".repeat(10_000) + "\"}");
        assertEquals("password.tooLong", tooLong.json().getString("key"));
        assertEquals(200, holder.get("api/me").status(), "the demo password still works");
    }

    @Test
    void aRegistryFileDeclaredOverTheLimitOrFromANonOperatorIsRefusedBeforeItsBodyIsSent() throws Exception {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        int runs = operator.get("api/sync/runs").array().size();
        String tooLarge = declareAHugeUpload(base, "sysadmin");
        assertTrue(tooLarge.startsWith("HTTP/1.1 400"), tooLarge);
        assertTrue(tooLarge.contains("\"sync.fileTooLarge\"") && tooLarge.contains("The file may have at most 200 MB."), tooLarge);
        String notAnOperator = declareAHugeUpload(base, "460105A1");
        assertTrue(notAnOperator.startsWith("HTTP/1.1 403") && notAnOperator.contains("\"error.outOfScope\""), notAnOperator);
        assertEquals(runs, operator.get("api/sync/runs").array().size(), "no run was created");
    }

    /** Declares a 300 MB registry file and sends one line: the server must answer without waiting for the rest. */
    private static String declareAHugeUpload(String base, String username) throws IOException {
        URI uri = URI.create(base + "api/sync/runs?name=huge.csv");
        String credentials = Base64.getEncoder().encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: Basic " + credentials + "\r\n"
                    + "Content-Type: text/csv\r\nAccept-Language: en\r\nContent-Length: " + 300L * 1024 * 1024 + "\r\n\r\n"
                    + "code,name\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return replyUntil(socket.getInputStream(), '}');
        }
    }

    /** What the server sent, up to its first end mark (the end of a JSON object) or the end of the stream. */
    private static String replyUntil(InputStream in, char end) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            reply.write(b);
            if (b == end) {
                break;
            }
        }
        return reply.toString(StandardCharsets.UTF_8);
    }
}


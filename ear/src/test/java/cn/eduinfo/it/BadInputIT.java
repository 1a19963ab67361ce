package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

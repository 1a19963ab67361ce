package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstLoginIT extends ItBase {

    @Test
    void aHandedOutAccountMustSetItsPasswordAndPersonalInformationBeforeAnythingElse() {
        String base = base();
        String initial = Fixtures.issue(Api.demo(base, "460100A1"), "460108", "460108I1");
        Api first = Api.as(base, "460108I1", initial);

        var me = first.get("api/me");
        assertEquals(200, me.status(), me.toString());
        assertTrue(me.json().getBoolean("mustChangePassword"));
        var gated = first.get("api/organisations/mine");
        assertEquals(403, gated.status());
        assertEquals("account.setupRequired", gated.json().getString("key"));

        // The policy: too simple, containing the user name, wrong current password → refused with a reason.
        assertRefused(first.post("api/me/password", "{\"current\":\"" + initial + "\",\"new\":\"abcdefgh\"}"), "password.tooSimple");
        assertRefused(first.post("api/me/password", "{\"current\":\"" + initial + "\",\"new\":\"X460108i1!a\"}"), "password.containsUsername");
        assertRefused(first.post("api/me/password", "{\"current\":\"nope\",\"new\":\"Hainan#2026x\"}"), "password.currentWrong");
        assertEquals(200, Api.as(base, "460108I1", initial).get("api/me").status(), "refused changes changed nothing");

        var changed = first.post("api/me/password", "{\"current\":\"" + initial + "\",\"new\":\"Hainan#2026x\"}");
        assertEquals(200, changed.status(), changed.toString());
        Api holder = Api.as(base, "460108I1", "Hainan#2026x");
        assertEquals(401, Api.as(base, "460108I1", initial).get("api/me").status(), "the initial password is spent");
        assertEquals(403, holder.get("api/organisations/mine").status(), "personal information still missing");

        assertRefused(holder.put("api/me/personal-info",
                "{\"realName\":\"<script>x</script>\",\"position\":\"科员\",\"phone\":\"0898-1234567\",\"email\":\"a@b.cn\"}"),
                "personal.realName.invalid");
        var saved = holder.put("api/me/personal-info",
                "{\"realName\":\"王芳\",\"position\":\"科员\",\"phone\":\"0898-1234567\",\"email\":\"wangfang@example.cn\"}");
        assertEquals(200, saved.status(), saved.toString());
        assertFalse(saved.json().getBoolean("needsPersonalInfo"));

        var mine = holder.get("api/organisations/mine");
        assertEquals(200, mine.status(), mine.toString());
        assertEquals("460108", mine.json().getString("code"));

        var trail = Api.demo(base, "auditadmin").get("api/audit?actor=460108I1");
        assertTrue(trail.body().contains("PASSWORD_CHANGED") && trail.body().contains("PERSONAL_INFO_CHANGED"), trail.toString());
    }

    private static void assertRefused(Api.Reply reply, String key) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(key, reply.json().getString("key"));
        assertFalse(reply.json().getString("message").isBlank());
    }
}

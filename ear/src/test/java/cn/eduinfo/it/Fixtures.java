package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/** Looks things up and hands out accounts through the API, as the users above would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The id of the organisation with this code, found by a caller who may see it. */
    public static long orgId(Api caller, String code) {
        var reply = caller.get("api/organisations?q=" + code);
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code + " not found in " + reply))
                .getJsonNumber("id").longValue();
    }

    /** The account, as its manager lists it. */
    public static JsonObject account(Api manager, String orgCode, String username) {
        var reply = manager.get("api/accounts?organisation=" + orgId(manager, orgCode));
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username))
                .findFirst().orElseThrow(() -> new AssertionError(username + " not listed in " + reply));
    }

    public static long accountId(Api manager, String orgCode, String username) {
        return account(manager, orgCode, username).getJsonNumber("id").longValue();
    }

    /** The manager issues a one-time initial password for the account and returns it. */
    public static String issue(Api manager, String orgCode, String username) {
        var reply = manager.post("api/accounts/" + accountId(manager, orgCode, username) + "/password-reset", null);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getString("initialPassword");
    }

    /**
     * The manager hands the account out; its new holder sets {@code password} and personal information at first
     * login, as the first-login page asks. Returns the holder's API client, ready to use.
     */
    public static Api handOut(String base, Api manager, String orgCode, String username, String password) {
        String initial = issue(manager, orgCode, username);
        var changed = Api.as(base, username, initial).post("api/me/password", "{\"current\":\"" + initial + "\",\"new\":\"" + password + "\"}");
        assertEquals(200, changed.status(), changed.toString());
        Api holder = Api.as(base, username, password);
        var saved = holder.put("api/me/personal-info",
                "{\"realName\":\"张伟\",\"position\":\"科员\",\"phone\":\"0898-1234567\",\"email\":\"" + username.toLowerCase() + "@example.cn\"}");
        assertEquals(200, saved.status(), saved.toString());
        return holder;
    }
}

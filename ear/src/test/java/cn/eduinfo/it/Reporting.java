package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The reporting cycle's API as the ITs drive it: a unit's quarter and its transitions, and the training clock. */
final class Reporting {

    static final String QUARTER = "2026Q4";

    private Reporting() {
    }

    static String path(long orgId) {
        return "api/reporting/" + orgId + "/" + QUARTER;
    }

    static JsonObject status(Api caller, long orgId) {
        return ok(caller.get(path(orgId)));
    }

    static String state(Api caller, long orgId) {
        return status(caller, orgId).getString("state");
    }

    /** A transition that must succeed; returns the unit's quarter after it. */
    static JsonObject act(Api caller, long orgId, String action, JsonObject body) {
        return ok(caller.post(path(orgId) + "/" + action, body == null ? null : body.toString()));
    }

    /** A transition that must be refused with this message key. */
    static void refused(Api.Reply reply, String key) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(key, reply.json().getString("key"), reply.toString());
    }

    static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    static JsonObject returned(String reason, String limit) {
        return Json.createObjectBuilder().add("reason", reason).add("limit", limit).build();
    }

    /** Sets training mode's clock (Beijing time, e.g. 2027-01-06T00:00:30) as the platform owner; returns what ran. */
    static JsonObject clock(String base, String beijing) {
        return ok(Api.demo(base, "sysadmin").put("api/training/clock", "{\"now\":\"" + beijing + "+08:00\"}"));
    }

    /** The unit's administrator confirms its form unchanged (第十六条). */
    static void confirmUnchanged(Api administrator, long orgId) {
        int rowVersion = Forms.read(administrator, orgId).getInt("rowVersion");
        var reply = administrator.post(Forms.path(orgId) + "/confirm-unchanged", "{\"rowVersion\":" + rowVersion + "}");
        assertEquals(200, reply.status(), reply.toString());
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}

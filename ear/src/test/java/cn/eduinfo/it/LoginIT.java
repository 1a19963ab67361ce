package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginIT extends ItBase {

    @Test
    void aDemoAccountLogsInAndSeesItsOwnOrganisationRoleAndTier() {
        var me = Api.demo(base(), "460105R1").get("api/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals("REVIEWER", me.json().getString("role"));
        JsonObject org = me.json().getJsonObject("organisation");
        assertEquals("460105", org.getString("code"));
        assertEquals("COUNTY", org.getString("tier"));
        assertFalse(me.json().getBoolean("mustChangePassword"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        String base = base();
        var refused = Api.as(base, "460100I1", "Wrong#Pass1").get("api/me");
        assertEquals(401, refused.status());
        var trail = Api.demo(base, "auditadmin").get("api/audit?actor=460100I1");
        assertEquals(200, trail.status(), trail.toString());
        assertTrue(trail.array().getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("action").equals("LOGIN_FAILURE") && e.getString("detail").startsWith("BAD_CREDENTIALS")),
                trail.toString());
    }

    @Test
    void aSuccessfulLoginIsAuditedWithTheClientAddress() {
        String base = base();
        assertEquals(200, Api.demo(base, "460100I1").get("api/me").status());
        var trail = Api.demo(base, "auditadmin").get("api/audit?actor=460100I1");
        JsonObject success = trail.array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("LOGIN_SUCCESS")).findFirst()
                .orElseThrow(() -> new AssertionError(trail.toString()));
        assertFalse(success.isNull("address"), success.toString());
        assertTrue(Instant.parse(success.getString("at")).isAfter(Instant.now().minusSeconds(600)), success.toString());
    }

    @Test
    void unknownUsersAndInjectedNamesAreRefusedLikeAWrongPassword() {
        String base = base();
        for (String name : new String[]{"nobody", "' OR '1'='1", "<script>alert(1)</script>", "x".repeat(10_000), ""}) {
            var reply = Api.as(base, name, Api.DEMO_PASSWORD).get("api/me");
            // A 10,000-character name makes a header the server refuses outright (4xx): a refusal too.
            boolean refused = reply.status() == 401 || (name.length() > 1000 && reply.status() >= 400 && reply.status() < 500);
            assertTrue(refused, (name.length() > 40 ? "long name" : name) + " → " + reply.status());
            assertFalse(reply.body().contains("Exception"), reply.body());
        }
    }

    @Test
    void withoutCredentialsTheApiAsksForThemAndPagesLeadToTheLoginPage() {
        String base = base();
        assertEquals(401, Api.anonymous(base).get("api/me").status());
        var page = Api.anonymous(base).get("home.xhtml");
        assertEquals(302, page.status());
    }

    @Test
    void platformAccountsSeeNoReportingScopeTheyAreNotEntitledTo() {
        String base = base();
        assertEquals(403, Api.demo(base, "auditadmin").get("api/organisations/mine").status());
        assertEquals(403, Api.demo(base, "sysadmin").get("api/audit").status());
        assertEquals(403, Api.demo(base, "sysadmin").get("api/accounts").status());
    }
}

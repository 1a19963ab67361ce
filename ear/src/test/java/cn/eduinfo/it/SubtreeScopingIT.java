package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A county account asks for another county's organisation and accounts by id: every door says no. */
class SubtreeScopingIT extends ItBase {

    @Test
    void aCountySeesItsOwnSubtreeOnly() {
        String base = base();
        Api county = Api.demo(base, "460105A1");
        var children = county.get("api/organisations/" + Fixtures.orgId(county, "460105") + "/children");
        assertEquals(200, children.status());
        assertTrue(children.array().size() > 10);
        children.array().getValuesAs(JsonObject.class).forEach(o -> assertTrue(o.getString("path").startsWith("/000000/460000/460100/460105/")));

        // Searching the whole province's name finds only the county's own units.
        var search = county.get("api/organisations?q=" + Api.q("小学"));
        assertEquals(200, search.status());
        search.array().getValuesAs(JsonObject.class).forEach(o -> assertTrue(o.getString("path").startsWith("/000000/460000/460100/460105/"), o.toString()));
        assertEquals("[]", county.get("api/organisations?q=460106").body());
    }

    @Test
    void everyBoundaryMethodThatTakesAnIdRefusesAnotherCounty() {
        String base = base();
        Api prefecture = Api.demo(base, "460100A1");
        long otherCounty = Fixtures.orgId(prefecture, "460106");
        long otherSchool = prefecture.get("api/organisations/" + otherCounty + "/children").array().getJsonObject(0).getJsonNumber("id").longValue();
        long otherAccount = Fixtures.accountId(prefecture, "460106", "460106R1");
        // The county's own reviewer account is handed out by the prefecture, not by the county itself.
        long ownReviewerAccount = Fixtures.accountId(prefecture, "460105", "460105R1");

        Api county = Api.demo(base, "460105A1");
        long ownCounty = Fixtures.orgId(county, "460105");
        Map<String, Api.Reply> attempts = Map.ofEntries(
                Map.entry("events", county.get("api/organisations/" + otherSchool + "/events")),
                Map.entry("asOf", county.get("api/organisations/" + otherSchool + "/as-of?date=2026-01-01")),
                Map.entry("moveIn", county.post("api/affiliations/moves?organisation=" + otherSchool + "&to=" + ownCounty, null)),
                Map.entry("moveOut", county.post("api/affiliations/moves?organisation=" + ownCounty + "&to=" + otherCounty, null)),
                Map.entry("confirm", county.post("api/affiliations/999999999/confirm", null)),
                Map.entry("find", county.get("api/organisations/" + otherCounty)),
                Map.entry("children", county.get("api/organisations/" + otherCounty + "/children")),
                Map.entry("trail", county.get("api/organisations/" + otherSchool + "/trail")),
                Map.entry("school", county.get("api/organisations/" + otherSchool)),
                Map.entry("accounts", county.get("api/accounts?organisation=" + otherCounty)),
                Map.entry("reset", county.post("api/accounts/" + otherAccount + "/password-reset", null)),
                Map.entry("disable", county.put("api/accounts/" + otherAccount + "/enabled?value=false", null)),
                Map.entry("slips", county.get("api/accounts/slips?organisation=" + otherCounty)),
                Map.entry("enrolment", county.put("api/organisations/" + otherSchool + "/enrolment-suspended?value=true", null)),
                Map.entry("ownReviewerAccount", county.post("api/accounts/" + ownReviewerAccount + "/password-reset", null)));
        attempts.forEach((what, reply) -> {
            assertEquals(403, reply.status(), what + ": " + reply);
            assertEquals("error.outOfScope", reply.json().getString("key"), what);
            assertFalse(reply.body().contains("Exception"), what);
        });

        // Nothing changed: the other county's reviewer is still enabled and usable as before.
        JsonObject after = Fixtures.account(prefecture, "460106", "460106R1");
        assertTrue(after.getBoolean("enabled"));
        assertEquals(200, prefecture.get("api/organisations/" + otherSchool).status());
    }

    @Test
    void unknownIdsAreRefusedTheSameWay() {
        Api county = Api.demo(base(), "460105A1");
        assertEquals(403, county.get("api/organisations/999999999").status());
        assertEquals(403, county.post("api/accounts/999999999/password-reset", null).status());
    }
}

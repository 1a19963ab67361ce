package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The embedded default (H2 inside the server, as server-config/run uses it): migrated, demo data, ready, its deadlines run. */
class EmbeddedH2SmokeIT extends ItBase {

    @Test
    void theEmbeddedDefaultIsReadyWithItsDemoData() {
        var ready = Api.anonymous(serverRoot()).get("health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.body().contains("\"schemaMigrated\":\"true\""), ready.body());
        assertTrue(ready.body().contains("H2") || ready.body().contains("h2"), "ready reports the database: " + ready.body());

        var mine = Api.demo(base(), "000000R1").get("api/organisations/mine");
        assertEquals(200, mine.status(), mine.toString());
        assertEquals("000000", mine.json().getString("code"));
        assertEquals(200, Api.anonymous(serverRoot()).get("health/live").status());
        // The startup's catch-up ran what was due: the deadlines' heartbeat is written on H2 too.
        var deadlines = Api.anonymous(base()).get("api/health/deadlines");
        assertEquals(200, deadlines.status(), deadlines.toString());
    }
}

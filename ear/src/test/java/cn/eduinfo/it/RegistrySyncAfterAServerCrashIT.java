package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's JVM is killed while it applies a snapshot: started again, it marks the cut-off run
 * abandoned, and the run resumed from its last committed range ends exactly as an uninterrupted run
 * would — no unit, account or event twice, none missing; the next quarter is read against its file.
 * A first load cut off the same way works its change set out again from the stored file. Each start
 * of the server warms its batch runtime up once (batch-warm-up.xml), not an operator's first upload.
 */
class RegistrySyncAfterAServerCrashIT extends ItBase {

    private static final int SCHOOLS = 30_000;

    @Test
    void aRunCutOffByAKilledServerIsAbandonedAtRestartAndResumesToTheEndAnUninterruptedRunReaches() throws Exception {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        RegistryFiles henan = RegistryFiles.countyWithSchools("410000", "河南省教育厅", "410102", "中原区教育局", SCHOOLS);
        // The restarted server must keep its database (the ITs' server wipes it at each start otherwise).
        Server.property("eduinfo.db.clean-on-start", "false");
        long runId = Runs.id(Runs.upload(operator, "henan.csv", henan.utf8()));
        JsonObject cut = Runs.waitFor(operator, runId, r -> r.getInt("appliedCount") >= 1000 || !r.getBoolean("isActive"), Duration.ofMinutes(2));
        long warmedUp = Server.completedExecutions("batch-warm-up");
        Server.kill();
        Server.start(base);
        assertTrue(cut.getBoolean("isActive"), "killed after the first range, before the end: " + cut);
        assertTrue(warmedUp >= 1, "the server warmed its batch runtime up as it came up");

        JsonObject abandoned = operator.get("api/sync/runs/" + runId).json();
        assertEquals("ABANDONED", abandoned.getString("status"), abandoned.toString());
        int applied = abandoned.getInt("appliedCount");
        assertTrue(applied >= 1000 && applied < SCHOOLS + 2 && applied % 1000 == 0, "whole ranges committed, not all: " + abandoned);
        assertEquals(applied, Database.count("SELECT COUNT(*) FROM org_event WHERE run_id = " + runId), "nothing of a range half applied");

        Runs.resumedToTheEnd(operator, runId, "410000", "410102", SCHOOLS);
        assertEquals(warmedUp + 1, Server.completedExecutions("batch-warm-up"), "and once again as it came back");

        // The next quarter, on the restarted server: the resumed run's file is not in this JVM's memory (it was
        // validated before the kill), so the new one is read against that file as stored in the database.
        henan.replace("2141000001", "2141000001", "中原区第一实验小学", "SCHOOL", "21", "410102", "410102", "ACTIVE", "", "2027-01-01");
        JsonObject next = Runs.finished(operator, Runs.id(Runs.upload(operator, "henan-q2.csv", henan.utf8())));
        assertEquals("COMPLETED", next.getString("status"), next.toString());
        assertEquals(runId, next.getJsonNumber("readAgainst").longValue(), next.toString());
        assertTrue(next.getInt("comparedRows") < 10, "only the line that differs: " + next);
        assertEquals(1, next.getInt("changed"), next.toString());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM organisation WHERE code = '2141000001' AND name = '中原区第一实验小学'"));
    }

    @Test
    void aBulkLoadCutOffByAKilledServerWorksItsChangeSetOutAgainFromTheStoredFile() throws Exception {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        // Above the ITs' eduinfo.sync.bulk-load-adds (35,000), and more than the tree holds whichever test ran first.
        int schools = 45_000;
        RegistryFiles shaanxi = RegistryFiles.countyWithSchools("610000", "陕西省教育厅", "610102", "新城区教育局", schools);
        Server.property("eduinfo.db.clean-on-start", "false");
        long runId = Runs.id(Runs.upload(operator, "shaanxi.csv", shaanxi.utf8()));
        // Validated, its change set held in memory only: the kill loses it, and the load is one transaction. Watched
        // in the database: the load locks the accounts, so the API waits for it (sign-in reads them).
        String state = "SELECT change_count * 2 + SIGN(applied_count) FROM sync_run WHERE id = " + runId;
        long held = Eventually.value(Duration.ofMinutes(2), Duration.ofMillis(20), () -> Database.count(state), n -> n != 0);
        Server.kill();
        Server.start(base);
        assertEquals((schools + 2) * 2, held, "killed once validated, before the load committed");

        JsonObject abandoned = operator.get("api/sync/runs/" + runId).json();
        assertEquals("ABANDONED", abandoned.getString("status"), abandoned.toString());
        assertEquals(0, abandoned.getInt("appliedCount"), abandoned.toString());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM organisation WHERE code LIKE '2161%'"), "nothing of the load committed");
        assertEquals(schools + 2, Database.count("SELECT change_count FROM sync_run WHERE id = " + runId));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM sync_run_change WHERE run_id = " + runId), "its additions are stored nowhere");
        Api.Reply pending = operator.get("api/sync/runs/" + runId + "/changes");
        assertEquals("[]", pending.body(), "listed from their events once loaded: " + pending);
        assertEquals("0", pending.headers().firstValue("X-Total-Count").orElse(""), pending.toString());

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "sysadmin", Api.DEMO_PASSWORD);
                browser.find("#nav-sync");
                browser.open(base + "sync/run.xhtml?id=" + runId);
                browser.waitForText("#run\\:bulk-load-pending", "首次加载");
                browser.screenshot("13-sync-bulk-load-pending");

                Runs.resumedToTheEnd(operator, runId, "610000", "610102", schools);
                browser.open(base + "sync/run.xhtml?id=" + runId);
                browser.waitForText("#run\\:changes", "610000");
                assertFalse(browser.pageText().contains("首次加载"), "the additions are listed now");
                browser.screenshot("14-sync-bulk-load-listed");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
        JsonObject done = operator.get("api/sync/runs/" + runId).json();
        assertTrue(done.getBoolean("bulkLoad"), done.toString());
        Api.Reply loaded = operator.get("api/sync/runs/" + runId + "/changes?first=" + (schools + 1));
        assertEquals(String.valueOf(schools + 2), loaded.headers().firstValue("X-Total-Count").orElse(""), loaded.toString());
        assertEquals("2161045000", loaded.array().getJsonObject(0).getString("code"), loaded.toString());
    }

    @AfterEach
    void cleanAgainAtTheNextStart() {
        Server.property("eduinfo.db.clean-on-start", "true");
    }
}

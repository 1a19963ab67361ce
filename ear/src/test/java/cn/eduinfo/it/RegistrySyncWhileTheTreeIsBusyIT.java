package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A first load meets the tree's tables held by another database session (a backup's pg_dump holds
 * every table it dumps): it never queues behind that session, so the system stays usable; after a few
 * seconds it gives up having changed nothing, and its page says why. Resumed from that page once the
 * session has ended, it works its change set out again from the stored file and loads the tree.
 */
class RegistrySyncWhileTheTreeIsBusyIT extends ItBase {

    @Test
    void aFirstLoadGivesWayToASessionHoldingTheTreeSaysWhyAndResumesOnceItEnds() {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        Api moe = Api.demo(base, "000000A1");
        // Above the ITs' eduinfo.sync.bulk-load-adds (35,000), and more than the tree holds: a first load, in bulk.
        int schools = 36_000;
        RegistryFiles guangxi = RegistryFiles.countyWithSchools("450000", "广西壮族自治区教育厅", "450102", "兴宁区教育局", schools);
        String before = Database.fingerprint();
        long runId;
        try (Database.Session backup = Database.holding("LOCK TABLE org_event IN ACCESS SHARE MODE")) {
            runId = Runs.id(Runs.upload(operator, "guangxi.csv", guangxi.utf8()));
            JsonObject waiting = Runs.waitFor(operator, runId, r -> "APPLYING".equals(r.getString("status")) || !r.getBoolean("isActive"),
                    Duration.ofMinutes(2));
            // While the load tries for the tables it holds none of them: signing in and reading the tree still work.
            assertEquals(200, moe.get("api/organisations/" + Fixtures.orgId(moe, "000000")).status());
            assertTrue(operator.get("api/sync/runs/" + runId).json().getBoolean("isActive"), "still trying: " + waiting);

            JsonObject failed = Runs.finished(operator, runId);
            assertEquals("FAILED", failed.getString("status"), failed.toString());
            assertEquals("sync.failure.tablesBusy", failed.getJsonObject("failure").getString("key"), failed.toString());
            assertEquals("5", failed.getJsonObject("failure").getJsonArray("args").getString(0), failed.toString());
            assertTrue(failed.getBoolean("bulkLoad"), failed.toString());
            assertEquals(0, failed.getInt("appliedCount"), failed.toString());
        }
        assertEquals(before, Database.fingerprint(), "the load changed nothing");

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "sysadmin", Api.DEMO_PASSWORD);
                browser.find("#nav-sync");
                browser.open(base + "sync/run.xhtml?id=" + runId);
                browser.waitForText("#run-failure", "另一个数据库会话");
                assertTrue(browser.text("#run-failure").contains("5 秒"), browser.text("#run-failure"));
                browser.screenshot("15-sync-first-load-gave-way");

                // The backup is over: the operator resumes the run from its page, which follows it to the end.
                browser.click("#run\\:resume");
                browser.waitForText("#run-status", "已完成");
                assertFalse(browser.pageText().contains("失败原因"), "a resumed run is no longer failed");
                browser.screenshot("16-sync-first-load-resumed");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }

        Runs.endedAsAnUninterruptedRun(operator, runId, "450000", "450102", schools);
        JsonObject done = operator.get("api/sync/runs/" + runId).json();
        assertTrue(!done.containsKey("failure") || done.isNull("failure"), "a resumed run is no longer failed: " + done);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGISTRY_SYNC_FAILED' AND target_id = '" + runId
                + "' AND detail LIKE '%sync.failure.tablesBusy%'"), "the failure and its reason are audited");
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's JVM is killed while it applies a snapshot: started again, it marks the cut-off run
 * abandoned, and the run resumed from its last committed range ends exactly as an uninterrupted run
 * would — no unit, account or event twice, none missing; the next quarter is read against its file.
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
        Server.kill();
        assertTrue(cut.getBoolean("isActive"), "killed after the first range, before the end: " + cut);

        Server.start(base);
        JsonObject abandoned = operator.get("api/sync/runs/" + runId).json();
        assertEquals("ABANDONED", abandoned.getString("status"), abandoned.toString());
        int applied = abandoned.getInt("appliedCount");
        assertTrue(applied >= 1000 && applied < SCHOOLS + 2 && applied % 1000 == 0, "whole ranges committed, not all: " + abandoned);
        assertEquals(applied, Database.count("SELECT COUNT(*) FROM org_event WHERE run_id = " + runId), "nothing of a range half applied");

        Runs.resumedToTheEnd(operator, runId, "410000", "410102", SCHOOLS);

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

    @AfterEach
    void cleanAgainAtTheNextStart() {
        Server.property("eduinfo.db.clean-on-start", "true");
    }
}

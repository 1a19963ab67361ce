package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An instance of the deployment group dies while it applies a snapshot and stays down: the live
 * instances leave its run alone while its heartbeat is fresh (it may be a slow range), then, once the
 * heartbeat is older than eduinfo.sync.stale-after, mark it abandoned on their own (audited), and an
 * operator resumes it on a live instance to the end an uninterrupted run reaches. Before this, the run
 * held the tree, refusing every upload and the quarterly timer, until the dead instance came back.
 *
 * <p>The dead instance is this server's own run, stopped after its first range and then recorded as
 * another instance's (a second JVM on the ITs' database would be that instance).
 */
class RegistrySyncWhenAnInstanceDiesIT extends ItBase {

    private static final int SCHOOLS = 30_000;

    @Test
    void theRunOfAnInstanceThatStoppedBeatingIsGivenUpByTheLiveOnesAndResumesHere() throws Exception {
        Api operator = Api.demo(base(), "sysadmin");
        RegistryFiles anhui = RegistryFiles.countyWithSchools("340000", "安徽省教育厅", "340102", "瑶海区教育局", SCHOOLS);
        long runId = Runs.id(Runs.upload(operator, "anhui.csv", anhui.utf8()));
        Runs.waitFor(operator, runId, r -> r.getInt("appliedCount") >= 1000 || !r.getBoolean("isActive"), Duration.ofMinutes(2));
        assertEquals(200, operator.post("api/sync/runs/" + runId + "/stop", null).status(), "still going after its first range");
        assertEquals("STOPPED", Runs.finished(operator, runId).getString("status"));

        // instance-2 was applying it, and its last range commit (seconds ago) was its last heartbeat.
        Database.execute("UPDATE sync_run SET status = 'APPLYING', node_name = 'instance-2' WHERE id = " + runId);
        Thread.sleep(5000); // the watch looks every two seconds (ear/pom.xml)
        JsonObject alive = operator.get("api/sync/runs/" + runId).json();
        assertEquals("APPLYING", alive.getString("status"), "a fresh heartbeat is a live instance's: " + alive);
        refused("sync.cannotResume", operator.post("api/sync/runs/" + runId + "/resume", null));
        refused("sync.runInProgress", operator.postBytes("api/sync/runs?name=other.csv",
                RegistryFiles.countyWithSchools("350000", "福建省教育厅", "350102", "鼓楼区教育局", 1).utf8(), "text/csv"));

        // Its heartbeat ages past the ITs' stale-after (the default ten minutes): the live instance gives it up.
        Database.execute("UPDATE sync_run SET heartbeat_at = heartbeat_at - INTERVAL '11 minutes' WHERE id = " + runId);
        JsonObject abandoned = Runs.waitFor(operator, runId, r -> !"APPLYING".equals(r.getString("status")), Duration.ofSeconds(30));
        assertEquals("ABANDONED", abandoned.getString("status"), abandoned.toString());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGISTRY_SYNC_ABANDONED' AND target_id = '"
                + runId + "' AND actor = 'system' AND detail LIKE 'cut off on instance-2 %'"));
        int applied = abandoned.getInt("appliedCount");
        assertTrue(applied >= 1000 && applied < SCHOOLS + 2, "cut off between its ranges: " + abandoned);

        Runs.resumedToTheEnd(operator, runId, "340000", "340102", SCHOOLS);
        assertEquals("server", Database.text("SELECT node_name FROM sync_run WHERE id = " + runId), "resumed here, this instance's now");
    }

    private static void refused(String key, Api.Reply reply) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(key, reply.json().getString("key"), reply.toString());
    }
}

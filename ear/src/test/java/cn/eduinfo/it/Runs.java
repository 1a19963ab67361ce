package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Starting and watching registry-sync runs through the API, as an operator's tool would. */
public final class Runs {

    private Runs() {
    }

    public static JsonObject upload(Api operator, String name, byte[] file) {
        var reply = operator.postBytes("api/sync/runs?name=" + name, file, "text/csv");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    public static long id(JsonObject run) {
        return run.getJsonNumber("id").longValue();
    }

    public static JsonObject waitFor(Api operator, long runId, Predicate<JsonObject> condition, Duration timeout) {
        JsonObject run = Eventually.value(timeout, Duration.ofMillis(50), () -> operator.get("api/sync/runs/" + runId).json(), condition);
        return condition.test(run) ? run : fail("run " + runId + " did not get there in " + timeout + ": " + run);
    }

    /** Waits until the run has ended one way or another and returns it. */
    public static JsonObject finished(Api operator, long runId) {
        return waitFor(operator, runId, r -> !r.getBoolean("isActive"), Duration.ofMinutes(3));
    }

    /**
     * Resumes a run that added a province, one county and its schools, and checks it ends as an
     * uninterrupted run would: every unit, account and event once, each unit placed under its parent.
     */
    public static void resumedToTheEnd(Api operator, long runId, String province, String county, int schools) {
        assertEquals(200, operator.post("api/sync/runs/" + runId + "/resume", null).status());
        endedAsAnUninterruptedRun(operator, runId, province, county, schools);
    }

    /** The end of a resumed run: as {@link #resumedToTheEnd}, resumed some other way (its page). */
    public static void endedAsAnUninterruptedRun(Api operator, long runId, String province, String county, int schools) {
        JsonObject done = finished(operator, runId);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(schools + 2, done.getInt("appliedCount"));
        assertEquals(schools + 1, Database.count("SELECT applied_through FROM sync_run WHERE id = " + runId));
        String subtree = "/000000/" + province + "/%";
        assertEquals(schools, Database.count("SELECT COUNT(*) FROM organisation WHERE path LIKE '/000000/" + province + "/" + county
                + "/%' AND kind = 'SCHOOL'"));
        assertEquals(schools + 2, Database.count("SELECT COUNT(DISTINCT code) FROM organisation WHERE path LIKE '" + subtree + "'"));
        String accounts = " FROM account a JOIN organisation o ON a.organisation_id = o.id WHERE o.path LIKE '" + subtree + "'";
        assertEquals(schools + 6, Database.count("SELECT COUNT(*)" + accounts), "three accounts per authority, one per school");
        assertEquals(schools + 6, Database.count("SELECT COUNT(DISTINCT a.username)" + accounts));
        assertEquals(schools + 2, Database.count("SELECT COUNT(*) FROM org_event WHERE run_id = " + runId));
        assertEquals(schools + 2, Database.count("SELECT COUNT(DISTINCT organisation_id) FROM org_event WHERE run_id = " + runId));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM organisation o JOIN organisation p ON p.id = o.parent_id"
                + " WHERE o.path <> p.path || o.code || '/' OR o.depth <> p.depth + 1"
                + " OR (o.kind IN ('SCHOOL', 'TEACHING_POINT') AND o.tier <> p.tier)"), "placed as an uninterrupted run places");
    }

    /** Drops a snapshot for the quarterly timer as the registry should: written under another name, then renamed whole; dated so that it is the newest. */
    public static void drop(Path directory, String name, byte[] content, Instant modified) throws IOException {
        Files.createDirectories(directory);
        Path part = Files.write(directory.resolve(name + ".part"), content);
        Files.setLastModifiedTime(part, FileTime.from(modified));
        Files.move(part, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The runs the timer started, newest first, once there are {@code atLeast}. */
    public static List<JsonObject> scheduled(Api operator, int atLeast) {
        List<JsonObject> runs = Eventually.value(Duration.ofMinutes(1), Duration.ofMillis(200),
                () -> operator.get("api/sync/runs").array().getValuesAs(JsonObject.class).stream()
                        .filter(r -> "SCHEDULE".equals(r.getString("trigger"))).toList(), r -> r.size() >= atLeast);
        assertTrue(runs.size() >= atLeast, "the timer started " + runs.size() + " runs: " + runs);
        return runs;
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
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
        Instant end = Instant.now().plus(timeout);
        JsonObject run = null;
        while (Instant.now().isBefore(end)) {
            run = operator.get("api/sync/runs/" + runId).json();
            if (condition.test(run)) {
                return run;
            }
            sleep(50);
        }
        return fail("run " + runId + " did not get there in " + timeout + ": " + run);
    }

    /** Waits until the run has ended one way or another and returns it. */
    public static JsonObject finished(Api operator, long runId) {
        return waitFor(operator, runId, r -> !r.getBoolean("isActive"), Duration.ofMinutes(3));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

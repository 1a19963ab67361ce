package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which active runs an instance of a deployment group may mark abandoned: starting up, and while it runs. */
class SyncRunAbandonedTest {

    private static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final Instant BEAT = Instant.parse("2024-03-01T08:00:00Z");

    private static SyncRun applyingOn(String node, Instant heartbeat) {
        SyncRun run = new SyncRun("registry.csv", SyncRun.Trigger.UPLOAD, "sysadmin", BEAT, null);
        run.runBy(node, heartbeat);
        run.validated(3, StandardCharsets.UTF_8, List.of(ChangeType.ADD, ChangeType.ADD, ChangeType.CLOSE));
        return run;
    }

    @Test
    void aRunOfTheStartingNodeIsAbandonedHoweverFreshItsHeartbeat() {
        SyncRun run = applyingOn("instance-1", BEAT);

        assertTrue(run.isAbandonedAt("instance-1", BEAT.plusSeconds(5), STALE_AFTER), "its JVM died: the instance is starting");
    }

    @Test
    void anotherNodesRunWithAFreshHeartbeatIsLeftToIt() {
        SyncRun run = applyingOn("instance-2", BEAT);

        assertFalse(run.isAbandonedAt("instance-1", BEAT.plus(Duration.ofMinutes(3)), STALE_AFTER));
        assertFalse(run.isAbandonedAt("instance-1", BEAT.plus(STALE_AFTER), STALE_AFTER), "exactly the threshold is not older");
    }

    @Test
    void anotherNodesRunWithAStaleHeartbeatIsAbandoned() {
        SyncRun run = applyingOn("instance-2", BEAT);

        assertTrue(run.isAbandonedAt("instance-1", BEAT.plus(STALE_AFTER).plusSeconds(1), STALE_AFTER),
                "that node died and was not restarted");
    }

    @Test
    void aRunWithoutNodeOrHeartbeatIsAbandoned() {
        SyncRun before = new SyncRun("registry.csv", SyncRun.Trigger.SCHEDULE, "schedule", BEAT, null);
        before.validating();

        assertNull(before.getNode());
        assertTrue(before.isAbandonedAt("instance-1", BEAT, STALE_AFTER), "a row from before the node was recorded");
    }

    @Test
    void aHeartbeatKeepsAnotherNodesRunAlive() {
        SyncRun run = applyingOn("instance-2", BEAT);
        Instant later = BEAT.plus(Duration.ofMinutes(30));
        run.appliedThrough(0, 1);
        run.heartbeat(later.minus(Duration.ofMinutes(1)));

        assertFalse(run.isAbandonedAt("instance-1", later, STALE_AFTER));
        assertEquals("instance-2", run.getNode());
    }

    @Test
    void aResumedRunBelongsToTheResumingNode() {
        SyncRun run = applyingOn("instance-2", BEAT);
        run.abandoned();
        Instant resumed = BEAT.plus(Duration.ofHours(1));
        run.resumed("instance-1", resumed);

        assertEquals("instance-1", run.getNode());
        assertEquals(resumed, run.getHeartbeatAt());
        assertFalse(run.isAbandonedAt("instance-3", resumed.plusSeconds(60), STALE_AFTER));
        assertTrue(run.isAbandonedAt("instance-1", resumed.plusSeconds(60), STALE_AFTER));
    }

    @Test
    void whileItRunsAnInstanceGivesUpOnlyAnotherNodesRunThatStoppedBeating() {
        SyncRun run = applyingOn("instance-2", BEAT);

        assertFalse(run.isCutOffSeenFrom("instance-1", BEAT.plus(STALE_AFTER), STALE_AFTER), "still within the threshold");
        assertTrue(run.isCutOffSeenFrom("instance-1", BEAT.plus(STALE_AFTER).plusSeconds(1), STALE_AFTER),
                "instance-2 died while the rest of the group lives on");
    }

    @Test
    void whileItRunsAnInstanceLeavesItsOwnRunsAloneHoweverOldTheirHeartbeat() {
        SyncRun run = applyingOn("instance-1", BEAT);

        assertFalse(run.isCutOffSeenFrom("instance-1", BEAT.plus(Duration.ofHours(2)), STALE_AFTER),
                "its own job may be running: only its next start can tell that it died");
    }

    @Test
    void whileItRunsAnInstanceLeavesARunWithoutNodeToTheNextStart() {
        SyncRun before = new SyncRun("registry.csv", SyncRun.Trigger.SCHEDULE, "schedule", BEAT, null);
        before.validating();

        assertFalse(before.isCutOffSeenFrom("instance-1", BEAT.plus(Duration.ofDays(1)), STALE_AFTER));
    }

    @ParameterizedTest
    @EnumSource(value = RunStatus.class, names = {"INVALID", "STOPPED", "ABANDONED", "COMPLETED", "FAILED"})
    void onlyActiveRunsCanBeAbandoned(RunStatus ended) {
        SyncRun run = new SyncRun("registry.csv", SyncRun.Trigger.UPLOAD, "sysadmin", BEAT, null);
        run.runBy("instance-2", BEAT);
        run.ended(ended, BEAT);

        assertFalse(run.isAbandonedAt("instance-1", BEAT.plus(Duration.ofDays(1)), STALE_AFTER));
        assertFalse(run.isCutOffSeenFrom("instance-1", BEAT.plus(Duration.ofDays(1)), STALE_AFTER));
    }
}

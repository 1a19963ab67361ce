package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stop an operator asks for on one instance of the group, of a run another instance executes. */
class SyncRunStopRequestTest {

    private static final Instant NOW = Instant.parse("2027-01-20T02:00:00Z");

    private static SyncRun applyingOn(String node) {
        SyncRun run = new SyncRun("registry.csv", SyncRun.Trigger.UPLOAD, "sysadmin", NOW, null);
        run.runBy(node, NOW);
        run.validated(2, StandardCharsets.UTF_8, List.of(ChangeType.ADD, ChangeType.CLOSE));
        return run;
    }

    @Test
    void onlyTheInstanceExecutingTheRunCarriesTheStopOut() {
        SyncRun run = applyingOn("eduinfo1");
        assertFalse(run.isToBeStoppedBy("eduinfo1"), "nobody asked");

        run.requestStop("eduinfo2", NOW);

        assertTrue(run.isToBeStoppedBy("eduinfo1"));
        assertFalse(run.isToBeStoppedBy("eduinfo2"), "its job execution is not there");
        assertEquals(NOW, run.getStopRequestedAt());
    }

    @Test
    void aResumedRunForgetsTheStopItWasAskedFor() {
        SyncRun run = applyingOn("eduinfo1");
        run.requestStop("eduinfo2", NOW);
        run.ended(RunStatus.STOPPED, NOW.plusSeconds(5));
        assertFalse(run.isToBeStoppedBy("eduinfo1"), "stopped already");

        run.resumed("eduinfo1", NOW.plusSeconds(60));

        assertFalse(run.isToBeStoppedBy("eduinfo1"));
    }

    @Test
    void aRunOfTheAskingInstanceThatItDoesNotFindRunningIsNotRunning() {
        SyncRun run = applyingOn("eduinfo1");

        assertEquals("sync.notRunning", assertThrows(DomainException.class, () -> run.requestStop("eduinfo1", NOW)).key(),
                "its own execution would have been found and stopped: there is none");
        assertFalse(run.isToBeStoppedBy("eduinfo1"));
    }

    @Test
    void aRunThatEndedCannotBeAskedToStop() {
        SyncRun run = applyingOn("eduinfo1");
        run.ended(RunStatus.COMPLETED, NOW);

        assertEquals("sync.notRunning", assertThrows(DomainException.class, () -> run.requestStop("eduinfo2", NOW)).key());
    }
}

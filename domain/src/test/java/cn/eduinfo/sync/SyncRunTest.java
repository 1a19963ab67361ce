package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The life of a synchronisation run: queued, validated or invalid, applied, stopped and resumed. */
class SyncRunTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant ENDED = Instant.parse("2024-03-01T08:05:00Z");
    private static final Instant RESUMED = Instant.parse("2024-03-01T09:00:00Z");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static SyncRun run() {
        return new SyncRun("registry-2024Q1.csv", SyncRun.Trigger.UPLOAD, "admin000000", CREATED, null);
    }

    private static List<ChangeType> changes(int n) {
        return java.util.Collections.nCopies(n, ChangeType.CHANGE);
    }

    @Test
    void aFreshRunIsQueuedAndActive() {
        SyncRun run = new SyncRun("registry.csv", SyncRun.Trigger.SCHEDULE, "system", CREATED, "GB18030");

        assertEquals(RunStatus.QUEUED, run.getStatus());
        assertTrue(run.getStatus().isActive());
        assertFalse(run.getStatus().canResume());
        assertFalse(run.isValidated());
        assertEquals("registry.csv", run.getFileName());
        assertEquals(SyncRun.Trigger.SCHEDULE, run.getTrigger());
        assertEquals("system", run.getStartedBy());
        assertEquals(CREATED, run.getCreatedAt());
        assertEquals("GB18030", run.getCharset());
        assertNull(run.getFinishedAt());
        assertEquals(0, run.getChangeCount());
        assertEquals(0, run.getProgress());
    }

    @Test
    void aRunWhoseJobCouldNotStartFailsAtOnceSaysWhyAndCanBeResumed() {
        SyncRun run = run();
        Instant failed = CREATED.plusSeconds(1);
        run.notStarted(RunFailure.notStarted(new IllegalStateException("job start", new java.sql.SQLException("repository unreachable"))), failed);

        assertEquals(RunStatus.FAILED, run.getStatus());
        assertFalse(run.getStatus().isActive(), "it holds the tree no longer: another run may start");
        assertEquals(failed, run.getFinishedAt());
        assertEquals(Optional.of(new RunFailure(RunFailure.NOT_STARTED, List.of("SQLException: repository unreachable"))), run.getFailure());
        assertTrue(run.getStatus().canResume());
        run.resumed("node-a", failed.plusSeconds(60));
        assertEquals(RunStatus.QUEUED, run.getStatus());
        assertEquals(Optional.empty(), run.getFailure());
    }

    @Test
    void validatingIsActive() {
        SyncRun run = run();
        run.validating();

        assertEquals(RunStatus.VALIDATING, run.getStatus());
        assertTrue(run.getStatus().isActive());
        assertFalse(run.isValidated());
    }

    @Test
    void validatedCountsEachTypeOfChangeAndStartsApplying() {
        SyncRun run = run();
        run.validating();
        run.validated(120, StandardCharsets.UTF_8, List.of(
                ChangeType.ADD, ChangeType.ADD, ChangeType.ADD,
                ChangeType.CHANGE, ChangeType.CHANGE,
                ChangeType.MOVE_PROPOSED,
                ChangeType.MERGE,
                ChangeType.CLOSE, ChangeType.CLOSE, ChangeType.CLOSE, ChangeType.CLOSE,
                ChangeType.REOPEN, ChangeType.REOPEN, ChangeType.REOPEN, ChangeType.REOPEN, ChangeType.REOPEN));

        assertEquals(RunStatus.APPLYING, run.getStatus());
        assertTrue(run.getStatus().isActive());
        assertTrue(run.isValidated());
        assertEquals(120, run.getTotalRows());
        assertEquals("UTF-8", run.getCharset());
        assertEquals(16, run.getChangeCount());
        assertEquals(3, run.getAdded());
        assertEquals(2, run.getChanged());
        assertEquals(1, run.getMoveProposed());
        assertEquals(1, run.getMerged());
        assertEquals(4, run.getClosed());
        assertEquals(5, run.getReopened());
        assertEquals(0, run.getAppliedCount());
        assertEquals(0, run.getErrorCount());
        assertNull(run.getFinishedAt());
    }

    @Test
    void validatedWithoutChangesCountsNothing() {
        SyncRun run = run();
        run.validated(11, GB18030, List.of());

        assertEquals(RunStatus.APPLYING, run.getStatus());
        assertEquals("GB18030", run.getCharset());
        assertEquals(0, run.getChangeCount());
        assertEquals(0, run.getAdded() + run.getChanged() + run.getMoveProposed() + run.getMerged()
                + run.getClosed() + run.getReopened());
        assertEquals(0, run.getProgress());
    }

    @Test
    void progressStaysBelowAHundredWhileApplyingAndIsAHundredWhenCompleted() {
        SyncRun run = run();
        run.validated(10, StandardCharsets.UTF_8, changes(3));
        assertEquals(0, run.getProgress());

        run.appliedThrough(0, 1);
        assertEquals(33, run.getProgress());
        run.appliedThrough(1, 1);
        assertEquals(66, run.getProgress());
        run.appliedThrough(2, 1);
        assertEquals(3, run.getAppliedCount());
        assertTrue(run.isApplied(2));
        assertFalse(run.isApplied(3));
        assertEquals(99, run.getProgress(), "all applied but not yet ended");

        run.ended(RunStatus.COMPLETED, ENDED);
        assertEquals(100, run.getProgress());
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(ENDED, run.getFinishedAt());
        assertFalse(run.getStatus().isActive());
        assertFalse(run.getStatus().canResume());
    }

    @Test
    void progressIsProportionalForLargeRuns() {
        SyncRun run = run();
        run.validated(300_000, StandardCharsets.UTF_8, changes(200_000));
        run.appliedThrough(49_999, 50_000);
        assertEquals(25, run.getProgress());
        run.appliedThrough(199_998, 149_999);
        assertEquals(99, run.getProgress());
    }

    @Test
    void onlyARunThatFillsATreeForTheFirstTimeIsLoadedInBulk() {
        SyncRun first = run();
        first.validated(366_040, StandardCharsets.UTF_8, java.util.Collections.nCopies(366_039, ChangeType.ADD));
        assertTrue(first.loadInBulkIf(100_000, () -> 1));
        assertTrue(first.isBulkLoad());
        assertTrue(first.loadInBulkIf(366_039, () -> 366_039), "as many as the tree holds");
        assertFalse(first.loadInBulkIf(366_040, () -> 1), "fewer than the threshold");
        assertFalse(first.loadInBulkIf(100_000, () -> 366_040), "fewer than the tree holds");
        assertFalse(first.isBulkLoad());

        SyncRun delta = run();
        delta.validated(368_560, StandardCharsets.UTF_8, java.util.Collections.nCopies(7560, ChangeType.ADD));
        assertFalse(delta.loadInBulkIf(100_000, () -> {
            throw new AssertionError("the tree is not counted for a run below the threshold");
        }));
        SyncRun refused = run();
        refused.validating();
        refused.invalid(10, 1, StandardCharsets.UTF_8, ENDED);
        assertFalse(refused.loadInBulkIf(0, () -> 0), "a refused file loads nothing");
    }

    @Test
    void aChangeSetWorkedOutAgainMustBeTheValidatedOneKindForKind() {
        SyncRun run = run();
        List<ChangeType> validated = List.of(ChangeType.ADD, ChangeType.ADD, ChangeType.CHANGE, ChangeType.CLOSE);
        run.validated(10, StandardCharsets.UTF_8, validated);
        assertTrue(run.wasValidatedWith(List.of(ChangeType.ADD, ChangeType.CHANGE, ChangeType.ADD, ChangeType.CLOSE)));
        assertFalse(run.wasValidatedWith(List.of(ChangeType.ADD, ChangeType.ADD, ChangeType.CHANGE)), "one fewer");
        assertFalse(run.wasValidatedWith(List.of(ChangeType.ADD, ChangeType.ADD, ChangeType.CHANGE, ChangeType.MOVE_PROPOSED)),
                "as many, of another kind: a unit moved by hand meanwhile");
        assertFalse(run.wasValidatedWith(List.of(ChangeType.ADD, ChangeType.ADD, ChangeType.MERGE, ChangeType.CLOSE)));
    }

    @Test
    void onlyAUtf8FileCheckedUnderTodaysRulesIsAReference() {
        SyncRun utf8 = run();
        utf8.validating();
        utf8.readAgainst(null, 10, SnapshotDelta.RULES);
        utf8.validated(10, StandardCharsets.UTF_8, changes(1));
        assertTrue(utf8.canBeReadAgainst());

        SyncRun gbk = run();
        gbk.readAgainst(null, 10, SnapshotDelta.RULES);
        gbk.validated(10, GB18030, changes(1));
        assertFalse(gbk.canBeReadAgainst(), "read in full next time");

        SyncRun older = run();
        older.readAgainst(null, 10, "2026.01");
        older.validated(10, StandardCharsets.UTF_8, changes(1));
        assertFalse(older.canBeReadAgainst(), "checked under other rules");
        assertFalse(run().canBeReadAgainst(), "never read");
    }

    @Test
    void aRangeIsAppliedOnceOnly() {
        SyncRun run = run();
        run.validated(10, StandardCharsets.UTF_8, changes(4));
        run.appliedThrough(1, 2);
        assertThrows(IllegalStateException.class, () -> run.appliedThrough(1, 2));
        assertEquals(2, run.getAppliedCount());
        assertEquals(1, run.getAppliedThrough());
    }

    @Test
    void aRunWithoutChangesIsCompleteAtAHundred() {
        SyncRun run = run();
        run.validated(10, StandardCharsets.UTF_8, List.of());
        run.ended(RunStatus.COMPLETED, ENDED);
        assertEquals(100, run.getProgress());
    }

    @Test
    void aCompletedRunTakesItsPlaceAmongCompletionsAndSaysHowItsFileWasRead() {
        SyncRun run = run();
        run.validating();
        run.readAgainst(41L, 7560, SnapshotDelta.RULES);
        run.validated(368_560, StandardCharsets.UTF_8, changes(7560));
        run.appliedThrough(7559, 7560);
        run.completed(12, ENDED);
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(ENDED, run.getFinishedAt());
        assertEquals(12L, run.getCompletedOrder());
        assertEquals(41L, run.getReadAgainst());
        assertEquals(7560, run.getComparedRows());
        assertEquals(SnapshotDelta.RULES, run.getCheckedUnder());
    }

    @Test
    void anInvalidRunKeepsItsCountsAndCannotResume() {
        SyncRun run = run();
        run.validating();
        run.invalid(250, 7, GB18030, ENDED);

        assertEquals(RunStatus.INVALID, run.getStatus());
        assertEquals(250, run.getTotalRows());
        assertEquals(7, run.getErrorCount());
        assertEquals("GB18030", run.getCharset());
        assertEquals(ENDED, run.getFinishedAt());
        assertEquals(0, run.getChangeCount());
        assertFalse(run.getStatus().isActive());
        assertFalse(run.getStatus().canResume());
        assertFalse(run.isValidated());
        assertEquals(0, run.getProgress());
    }

    @Test
    void anInvalidRunWhoseCharsetWasNotDetectedHasNone() {
        SyncRun run = run();
        run.invalid(0, 1, null, ENDED);
        assertNull(run.getCharset());
        assertEquals(1, run.getErrorCount());
        assertEquals(RunStatus.INVALID, run.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = RunStatus.class, names = {"STOPPED", "ABANDONED", "FAILED"})
    void interruptedRunsResumeWhereTheyWere(RunStatus interruption) {
        SyncRun run = run();
        run.validated(10, StandardCharsets.UTF_8, changes(4));
        run.appliedThrough(1, 2);
        if (interruption == RunStatus.ABANDONED) {
            run.ended(RunStatus.FAILED, ENDED);
            run.abandoned();
        } else {
            run.ended(interruption, ENDED);
        }

        assertEquals(interruption, run.getStatus());
        assertTrue(run.getStatus().canResume());
        assertFalse(run.getStatus().isActive());
        assertTrue(run.isValidated(), "the change set is kept, so validation is not repeated");
        assertEquals(ENDED, run.getFinishedAt());
        assertEquals(50, run.getProgress());

        run.resumed("instance-2", RESUMED);

        assertEquals(RunStatus.APPLYING, run.getStatus());
        assertNull(run.getFinishedAt());
        assertEquals("instance-2", run.getNode(), "the resuming instance executes it now");
        assertEquals(RESUMED, run.getHeartbeatAt());
        assertTrue(run.isValidated());
        assertEquals(4, run.getChangeCount());
        assertEquals(2, run.getAppliedCount());
        assertEquals(50, run.getProgress());
    }

    @Test
    void aFailedRunSaysWhyUntilItIsResumed() {
        SyncRun run = run();
        run.validated(10, StandardCharsets.UTF_8, changes(4));
        assertTrue(run.getFailure().isEmpty());

        run.failedBecause(new RunFailure("sync.failure.unexpected", List.of("IllegalStateException: a\u001fb? no: " + "x".repeat(2000))));
        run.ended(RunStatus.FAILED, ENDED);

        RunFailure why = run.getFailure().orElseThrow();
        assertEquals("sync.failure.unexpected", why.key());
        assertEquals(2, why.args().size(), "the separator splits stored arguments");
        assertEquals(1000, String.join("\u001f", why.args()).length(), "cut to the column");

        run.failedBecause(new RunFailure("sync.failure.tablesBusy", List.of("5")));
        assertEquals(new RunFailure("sync.failure.tablesBusy", List.of("5")), run.getFailure().orElseThrow(), "the latest failure");

        run.resumed("instance-1", RESUMED);
        assertTrue(run.getFailure().isEmpty(), "a resumed run is no longer failed");
    }

    @Test
    void abandonedMarksARunThatWasApplying() {
        SyncRun run = run();
        run.validated(10, StandardCharsets.UTF_8, changes(2));
        run.abandoned();

        assertEquals(RunStatus.ABANDONED, run.getStatus());
        assertTrue(run.getStatus().canResume());
        assertTrue(run.isValidated());
    }

    @Test
    void aRunStoppedBeforeValidationResumesFromTheQueue() {
        SyncRun run = run();
        run.validating();
        run.ended(RunStatus.STOPPED, ENDED);

        assertTrue(run.getStatus().canResume());
        assertFalse(run.isValidated());

        run.resumed("instance-1", RESUMED);

        assertEquals(RunStatus.QUEUED, run.getStatus());
        assertNull(run.getFinishedAt());
        assertFalse(run.isValidated());
    }

    @ParameterizedTest
    @EnumSource(value = RunStatus.class, names = {"QUEUED", "VALIDATING", "INVALID", "APPLYING", "COMPLETED"})
    void otherStatusesCannotResume(RunStatus status) {
        assertFalse(status.canResume());
    }

    @Test
    void aFileNameLongerThan255CharactersIsCut() {
        String name = "海".repeat(100) + "x".repeat(200) + ".csv";
        SyncRun run = new SyncRun(name, SyncRun.Trigger.UPLOAD, "admin000000", CREATED, null);

        assertEquals(255, run.getFileName().length());
        assertEquals(name.substring(0, 255), run.getFileName());
    }

    @Test
    void aFileNameOf255CharactersIsKept() {
        String name = "a".repeat(251) + ".csv";
        SyncRun run = new SyncRun(name, SyncRun.Trigger.UPLOAD, "admin000000", CREATED, null);
        assertEquals(name, run.getFileName());
    }
}

package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.shared.DomainException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the run's page says of a failed run, worked out from the exception that failed its step. */
class RunFailureTest {

    @Test
    void aRuleOfTheSyncIsShownByItsOwnMessage() {
        RuntimeException wrapped = new RuntimeException("step failed", new DomainException(RunFailure.FILE_NO_LONGER_FITS, 41));

        assertEquals(new RunFailure(RunFailure.FILE_NO_LONGER_FITS, List.of("41")), RunFailure.of(wrapped));
    }

    @Test
    void tablesHeldByAnotherSessionAreShownWithHowLongTheLoadWaited() {
        RuntimeException wrapped = new RuntimeException(new IllegalStateException("chunk rolled back",
                new DomainException(RunFailure.TABLES_BUSY, 5)));

        assertEquals(new RunFailure(RunFailure.TABLES_BUSY, List.of("5")), RunFailure.of(wrapped));
    }

    @Test
    void aLockTimeoutOfAnotherKindIsNotTakenForTheFirstLoadsWait() {
        SQLException timeout = new SQLException("ERROR: canceling statement due to lock timeout", "55P03");

        RunFailure failure = RunFailure.of(new RuntimeException(timeout));

        assertEquals(RunFailure.UNEXPECTED, failure.key());
        assertEquals(List.of("SQLException: ERROR: canceling statement due to lock timeout"), failure.args());
    }

    @Test
    void anythingElseIsNamedByItsDeepestCauseForTheServerLog() {
        SQLException other = new SQLException("ERROR: duplicate key value violates unique constraint \"organisation_code\"", "23505");

        RunFailure failure = RunFailure.of(new RuntimeException("wrapper", other));

        assertEquals(RunFailure.UNEXPECTED, failure.key());
        assertEquals(List.of("SQLException: ERROR: duplicate key value violates unique constraint \"organisation_code\""), failure.args());
    }

    @Test
    void aLongMessageIsCut() {
        RunFailure failure = RunFailure.of(new IllegalStateException("y".repeat(1000)));

        assertTrue(failure.args().get(0).length() <= 301, failure.args().get(0));
        assertTrue(failure.args().get(0).endsWith("…"));
    }

    @Test
    void aJobTheBatchRuntimeWouldNotStartIsNamedByItsDeepestCause() {
        RunFailure failure = RunFailure.notStarted(new RuntimeException("start", new IllegalStateException("no job XML")));

        assertEquals(new RunFailure(RunFailure.NOT_STARTED, List.of("IllegalStateException: no job XML")), failure);
    }
}

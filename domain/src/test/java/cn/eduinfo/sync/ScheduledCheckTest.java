package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledCheckTest {

    private static final Instant AT = Instant.parse("2027-01-20T02:00:00Z");

    @Test
    void onlyAShareThatWasNotRunAndWillNotBeByItselfIsAFailure() {
        assertTrue(ScheduledCheck.failed(AT, "eduinfo1", "java.net.ConnectException: Connection refused").outcome().isFailure());
        assertTrue(ScheduledCheck.refused(AT, "eduinfo1", "sync.runInProgress").outcome().isFailure());
        assertFalse(ScheduledCheck.nothingShared(AT, "eduinfo1", "https://registry/share.csv").outcome().isFailure());
        assertFalse(ScheduledCheck.alreadyRun(AT, "eduinfo1", 7).outcome().isFailure());
        assertFalse(ScheduledCheck.started(AT, "eduinfo1", 8, "share.csv").outcome().isFailure());
    }

    @Test
    void aFailureIsToldOnceADayUntilItChanges() {
        ScheduledCheck unreachable = ScheduledCheck.failed(AT, "eduinfo1", "java.net.ConnectException: Connection refused");
        assertTrue(unreachable.isNewFailureAfter(null), "the timer's first look");
        assertTrue(unreachable.isNewFailureAfter(ScheduledCheck.nothingShared(AT.minusSeconds(3600), "eduinfo1", "https://registry/share.csv")));
        ScheduledCheck anHourLater = ScheduledCheck.failed(AT.plusSeconds(3600), "eduinfo2", "java.net.ConnectException: Connection refused");
        assertFalse(anHourLater.isNewFailureAfter(unreachable), "the same failure the same day, on whichever instance");
        assertTrue(ScheduledCheck.failed(AT.plusSeconds(3600), "eduinfo1", "java.io.IOException: https://registry/share.csv answered HTTP 503")
                .isNewFailureAfter(unreachable), "another error");
        assertTrue(ScheduledCheck.refused(AT.plusSeconds(3600), "eduinfo1", "sync.runInProgress").isNewFailureAfter(unreachable), "another outcome");
        // 2027-01-20 23:00 and 2027-01-21 02:00 in Beijing: the next day's first look tells it again.
        ScheduledCheck lateInTheDay = ScheduledCheck.failed(Instant.parse("2027-01-20T15:00:00Z"), "eduinfo1", unreachable.detail());
        assertTrue(ScheduledCheck.failed(Instant.parse("2027-01-20T18:00:00Z"), "eduinfo1", unreachable.detail()).isNewFailureAfter(lateInTheDay));
        assertFalse(ScheduledCheck.started(AT.plusSeconds(7200), "eduinfo1", 9, "share.csv").isNewFailureAfter(unreachable), "not a failure");
    }

    @Test
    void theMailSaysWhenInBeijingTimeWhereFromAndWhy() {
        String failed = ScheduledCheck.failed(AT, "eduinfo2", "java.net.ConnectException: Connection refused").failureMail("https://registry/share.csv");
        assertTrue(failed.startsWith("2027-01-20 10:00 "), failed);
        assertTrue(failed.contains("来源 https://registry/share.csv，实例 eduinfo2）：无法取得共享的文件：java.net.ConnectException: Connection refused"), failed);
        String refused = ScheduledCheck.refused(AT, "eduinfo1", "sync.runInProgress").failureMail("/srv/drop");
        assertTrue(refused.contains("未能开始同步：已有同步批次正在进行"), refused);
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        assertEquals(1000, ScheduledCheck.failed(AT, "eduinfo1", "x".repeat(5000)).detail().length());
    }
}

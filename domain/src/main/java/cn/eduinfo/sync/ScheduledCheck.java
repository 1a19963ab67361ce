package cn.eduinfo.sync;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * The quarterly timer's look at the registry's share: when, on which instance, what it found.
 *
 * @param detail the source for NOTHING_SHARED, the file's name for STARTED, the refusal's message key
 *               for REFUSED, the error for FAILED
 * @param runId  the run it started (STARTED), or the earlier run of the same content (ALREADY_RUN)
 */
public record ScheduledCheck(Instant at, String node, Outcome outcome, String detail, Long runId) implements Serializable {

    public enum Outcome {
        STARTED, ALREADY_RUN, NOTHING_SHARED, REFUSED, FAILED;

        /** The share was not run, and the timer is no nearer to running it: an operator should hear of it. */
        public boolean isFailure() {
            return this == REFUSED || this == FAILED;
        }
    }

    private static final Map<String, String> REFUSALS = Map.of(
            "sync.runInProgress", "已有同步批次正在进行",
            "sync.emptyFile", "共享的文件为空",
            "sync.fileTooLarge", "共享的文件过大",
            "sync.notStarted", "批处理运行时未能启动其作业");
    private static final ZoneId BEIJING_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING_ZONE);

    /**
     * Whether the system administrators are to be told of this look: a failure, unless the look before it
     * failed the same way the same day (Beijing time). The timer looks every hour of the sharing day, so a
     * registry that stays unreachable, or a run that holds the tree for hours, is mailed once a day, not hourly.
     */
    public boolean isNewFailureAfter(ScheduledCheck previous) {
        return outcome.isFailure() && (previous == null || previous.outcome != outcome || !Objects.equals(previous.detail, detail)
                || !previous.at.atZone(BEIJING_ZONE).toLocalDate().equals(at.atZone(BEIJING_ZONE).toLocalDate()));
    }

    /** What the system administrators are told of a failure, in Chinese as all the system's mail. */
    public String failureMail(String source) {
        String what = outcome == Outcome.FAILED ? "无法取得共享的文件：" + detail : "未能开始同步：" + REFUSALS.getOrDefault(detail, detail);
        return BEIJING.format(at) + " 定时检查教育基础信息数据库共享的机构数据（来源 " + source + "，实例 " + node + "）：" + what
                + "。\n\n系统将在下一个计划时间再次检查；也可登录系统，在“机构数据同步”中上传该文件同步。";
    }

    public static ScheduledCheck started(Instant at, String node, long runId, String fileName) {
        return new ScheduledCheck(at, node, Outcome.STARTED, fileName, runId);
    }

    public static ScheduledCheck alreadyRun(Instant at, String node, long earlierRunId) {
        return new ScheduledCheck(at, node, Outcome.ALREADY_RUN, null, earlierRunId);
    }

    public static ScheduledCheck nothingShared(Instant at, String node, String source) {
        return new ScheduledCheck(at, node, Outcome.NOTHING_SHARED, source, null);
    }

    public static ScheduledCheck refused(Instant at, String node, String key) {
        return new ScheduledCheck(at, node, Outcome.REFUSED, key, null);
    }

    public static ScheduledCheck failed(Instant at, String node, String error) {
        String shown = error == null ? "" : error;
        return new ScheduledCheck(at, node, Outcome.FAILED, shown.length() > 1000 ? shown.substring(0, 1000) : shown, null);
    }
}

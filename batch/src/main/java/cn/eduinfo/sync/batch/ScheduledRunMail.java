package cn.eduinfo.sync.batch;

import cn.eduinfo.shared.Mail;
import cn.eduinfo.sync.RunStatus;
import cn.eduinfo.sync.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;

/**
 * Tells the platform's system administrators (those who gave an e-mail address) how a run the
 * quarterly timer started ended: nobody watched it start at two in the morning. Sent once the run's
 * end is committed, on another thread, so that a slow mail server holds up no job; without a mail
 * session (server-config/configure --mail-host), not at all.
 */
@ApplicationScoped
public class ScheduledRunMail {

    /** A scheduled run's end, with who to tell. */
    public record Ended(long runId, String fileName, RunStatus status, int added, int changed, int moveProposed, int merged,
                        int closed, int reopened, int errors, List<String> to) {

        static Ended of(SyncRun run, List<String> to) {
            return new Ended(run.getId(), run.getFileName(), run.getStatus(), run.getAdded(), run.getChanged(), run.getMoveProposed(),
                    run.getMerged(), run.getClosed(), run.getReopened(), run.getErrorCount(), List.copyOf(to));
        }
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Ended ended) {
        String subject = "定时机构数据同步" + outcome(ended.status());
        String text = "批次 #" + ended.runId() + " · " + ended.fileName() + "\n状态：" + outcome(ended.status())
                + "\n新增 " + ended.added() + "，变更 " + ended.changed() + "，隶属变更待确认 " + ended.moveProposed()
                + "，合并 " + ended.merged() + "，撤销 " + ended.closed() + "，恢复 " + ended.reopened() + "；文件错误 " + ended.errors()
                + "\n\n请登录系统，在“机构数据同步”中查看该批次" + (ended.status() == RunStatus.COMPLETED ? "。" : "（原因与错误报告）。");
        Mail.sendLater(ended.to(), subject, text, Map.of("X-Eduinfo-Sync-Run", String.valueOf(ended.runId()),
                "X-Eduinfo-Sync-Status", ended.status().name()));
    }

    private static String outcome(RunStatus status) {
        return switch (status) {
            case COMPLETED -> "已完成";
            case INVALID -> "文件被拒，未做任何改动";
            case STOPPED -> "已停止";
            default -> "失败";
        };
    }
}

package cn.eduinfo.reporting.control;

import cn.eduinfo.reporting.Notification;
import cn.eduinfo.shared.Mail;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mail copy of a notification, when the server has a Jakarta Mail session {@code mail/eduinfo}
 * (server-config/configure --mail-host): one message to each enabled administrator and reviewer of the
 * organisations who gave an e-mail address, all over one connection (a tier's reminders are a mail per
 * unit). Sent after the notification, asynchronously; a mail server that fails loses the e-mail, never the
 * notification (which is in the database).
 */
@Stateless
public class NotificationMail {

    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    public void send(Collection<Long> orgIds, Notification.Kind kind, String quarter, String detail) {
        Optional<Session> session = Mail.session();
        if (session.isEmpty() || orgIds.isEmpty()) {
            return;
        }
        String subject = subject(kind) + "（" + quarter + "）";
        String text = subject(kind) + "\n" + quarter + (detail == null || detail.isBlank() ? "" : "\n" + detail) + "\n\n请登录系统查看“通知”。";
        List<Long> ids = List.copyOf(orgIds);
        try (Mail.Outbox outbox = new Mail.Outbox(session.get())) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<?> to = em.createNativeQuery("SELECT email FROM account WHERE organisation_id IN ("
                                + String.join(",", ids.subList(from, Math.min(ids.size(), from + BATCH)).stream().map(String::valueOf).toList())
                                + ") AND role IN ('ADMINISTRATOR', 'REVIEWER') AND enabled = TRUE AND email IS NOT NULL")
                        .getResultList();
                for (Object address : to) {
                    outbox.deliver((String) address, subject, text, Map.of());
                }
            }
        }
    }

    private static String subject(Notification.Kind kind) {
        return switch (kind) {
            case REMINDER -> "上报截止提醒";
            case CHASE -> "催报";
            case RETURNED -> "数据被退回修改";
            case WITHDRAWAL_REQUESTED -> "撤报申请";
            case WITHDRAWAL_REFUSED -> "撤报申请未获同意";
        };
    }
}

package cn.eduinfo.reporting.control;

import cn.eduinfo.reporting.Notification;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The e-mail copy of a notification, when the server has a Jakarta Mail session {@code mail/eduinfo}
 * (server-config/configure --mail-host): one message to each enabled administrator and reviewer of the
 * organisations who gave an e-mail address. Sent after the notification, asynchronously; a mail
 * server that fails loses the e-mail, never the notification (which is in the database).
 */
@Stateless
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());
    static final String SESSION = "mail/eduinfo";
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    public void send(Collection<Long> orgIds, Notification.Kind kind, String quarter, String detail) {
        Session session = session();
        if (session == null || orgIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(orgIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<?> to = em.createNativeQuery("SELECT email FROM account WHERE organisation_id IN ("
                            + String.join(",", ids.subList(from, Math.min(ids.size(), from + BATCH)).stream().map(String::valueOf).toList())
                            + ") AND role IN ('ADMINISTRATOR', 'REVIEWER') AND enabled = TRUE AND email IS NOT NULL")
                    .getResultList();
            for (Object address : to) {
                deliver(session, (String) address, kind, quarter, detail);
            }
        }
    }

    private static void deliver(Session session, String address, Notification.Kind kind, String quarter, String detail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            message.setSubject("全国教育信息化工作管理信息系统：" + subject(kind) + "（" + quarter + "）", "UTF-8");
            message.setText(subject(kind) + "\n" + quarter + (detail == null || detail.isBlank() ? "" : "\n" + detail)
                    + "\n\n请登录系统查看“通知”。", "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "e-mail to " + address + " not sent: " + e.getMessage());
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

    /** The configured session, or null when the server has none (the default). */
    private static Session session() {
        try {
            return (Session) new InitialContext().lookup(SESSION);
        } catch (NamingException e) {
            return null;
        }
    }
}

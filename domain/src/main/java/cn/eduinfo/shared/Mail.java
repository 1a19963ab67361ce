package cn.eduinfo.shared;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The system's e-mail, when the server has a Jakarta Mail session {@code mail/eduinfo}
 * (server-config/configure --mail-host); none by default. A message that cannot be sent is logged and
 * lost: what it tells is always in the database too.
 */
public final class Mail {

    private static final Logger LOG = Logger.getLogger(Mail.class.getName());
    static final String SESSION = "mail/eduinfo";
    private static final String SYSTEM = "全国教育信息化工作管理信息系统：";

    private Mail() {
    }

    /** The configured session, or empty when the server has none (the default). */
    public static Optional<Session> session() {
        try {
            return Optional.of((Session) new InitialContext().lookup(SESSION));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }

    /** One message, in Chinese, its subject prefixed with the system's name; {@code headers} for mail filters. */
    public static void deliver(Session session, String address, String subject, String text, Map<String, String> headers) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            message.setSubject(SYSTEM + subject, "UTF-8");
            message.setText(text, "UTF-8");
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "e-mail to " + address + " not sent: " + e.getMessage());
        }
    }
}

package cn.eduinfo.shared;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

    /**
     * The same message to each address, over one connection, sent on another thread (the common pool) so
     * that a slow mail server holds up no caller; the session is looked up here, on the caller's (container)
     * thread. Without a session, or with nobody to tell, nothing.
     */
    public static void sendLater(List<String> to, String subject, String text, Map<String, String> headers) {
        if (to.isEmpty()) {
            return;
        }
        List<String> addresses = List.copyOf(to);
        session().ifPresent(session -> CompletableFuture.runAsync(() -> {
            try (Outbox outbox = new Outbox(session)) {
                addresses.forEach(address -> outbox.deliver(address, subject, text, headers));
            }
        }));
    }

    /**
     * Many messages over one connection to the mail server, as a tier's reminders or a chase need: one
     * connection each (Transport.send) costs the connection and its greeting per message. A message the
     * server refuses is logged and the next goes on; once the server cannot be reached, the rest are
     * logged as one line rather than each waiting for its own connection to fail.
     */
    public static final class Outbox implements AutoCloseable {

        private final Session session;
        private Transport transport;
        private boolean unreachable;
        private int notSent;

        public Outbox(Session session) {
            this.session = session;
        }

        /**
         * One message, in Chinese, its subject prefixed with the system's name; {@code headers} for mail filters.
         * Sent again once on a new connection if the server dropped this one (some servers end a connection
         * after so many messages).
         */
        public void deliver(String address, String subject, String text, Map<String, String> headers) {
            if (unreachable) {
                notSent++;
                return;
            }
            try {
                MimeMessage message = new MimeMessage(session);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setSubject(SYSTEM + subject, "UTF-8");
                message.setText(text, "UTF-8");
                for (Map.Entry<String, String> header : headers.entrySet()) {
                    message.setHeader(header.getKey(), header.getValue());
                }
                message.saveChanges();
                try {
                    connected().sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    if (!forgotDroppedConnection()) {
                        throw e;
                    }
                    connected().sendMessage(message, message.getAllRecipients());
                }
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "e-mail to " + address + " not sent: " + e.getMessage());
                forgotDroppedConnection();
            }
        }

        /** Forgets a connection the server ended, so that the next message makes a new one; false if there was none. */
        private boolean forgotDroppedConnection() {
            if (transport == null || transport.isConnected()) {
                return false;
            }
            transport = null;
            return true;
        }

        private Transport connected() throws MessagingException {
            if (transport == null) {
                Transport opened = session.getTransport();
                try {
                    opened.connect();
                } catch (MessagingException e) {
                    unreachable = true;
                    throw e;
                }
                transport = opened;
            }
            return transport;
        }

        @Override
        public void close() {
            if (notSent > 0) {
                LOG.warning(() -> notSent + " more e-mails not sent: the mail server could not be reached");
            }
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "closing the mail connection", e);
                }
            }
        }
    }
}

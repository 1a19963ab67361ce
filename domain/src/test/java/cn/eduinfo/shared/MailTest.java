package cn.eduinfo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailTest {

    private static final List<String> TEN = IntStream.rangeClosed(1, 10).mapToObj(i -> "school" + i + "@demo.edu.cn").toList();

    @Test
    void anOutboxSendsItsMessagesOverOneConnection() throws IOException {
        try (SmtpSink sink = new SmtpSink(0, 0)) {
            List<SmtpSink.Mail> received = tenSentTo(sink);
            assertEquals(TEN, received.stream().map(m -> m.to().get(0)).toList());
            assertTrue(received.stream().allMatch(m -> m.connection() == 1), "one connection: " + received.stream().map(SmtpSink.Mail::connection).toList());
            assertTrue(received.get(0).data().contains("X-Eduinfo-Test: 1"), received.get(0).data());
            assertTrue(received.get(0).data().contains("Subject: =?UTF-8?"), "the subject in Chinese, encoded: " + received.get(0).data());
        }
    }

    @Test
    void aServerThatHangsUpAfterSoManyMessagesLosesNone() throws IOException {
        try (SmtpSink sink = new SmtpSink(0, 3)) {
            List<SmtpSink.Mail> received = tenSentTo(sink);
            assertEquals(TEN, received.stream().map(m -> m.to().get(0)).toList(), "each sent once, in order");
            assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 3, 4), received.stream().map(SmtpSink.Mail::connection).toList());
        }
    }

    @Test
    void aServerThatCannotBeReachedLosesTheMessagesWithoutFailingTheirSender() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        send(session(closed), TEN); // logs, does not throw
    }

    /** What the sink received once the ten messages were sent to it. */
    private static List<SmtpSink.Mail> tenSentTo(SmtpSink sink) {
        send(session(sink.port()), TEN);
        sink.awaitTo(TEN.get(TEN.size() - 1), java.time.Duration.ofSeconds(10));
        return sink.received();
    }

    private static void send(Session session, List<String> to) {
        try (Mail.Outbox outbox = new Mail.Outbox(session)) {
            to.forEach(address -> outbox.deliver(address, "上报截止提醒", "请登录系统查看“通知”。", Map.of("X-Eduinfo-Test", "1")));
        }
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.from", "eduinfo@localhost");
        return Session.getInstance(properties);
    }
}

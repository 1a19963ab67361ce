package cn.eduinfo.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that accepts everything and keeps it, one connection at a time: the ITs' server sends its
 * e-mail here (configure --mail-host=127.0.0.1 --mail-port=2525, see ear/pom.xml), and Mail's unit test.
 * It can end each connection after so many messages, as some servers do. In the domain's test jar.
 */
public final class SmtpSink implements AutoCloseable {

    public static final int PORT = 2525;

    /** One delivered message: the connection it came on (1, 2, …), its envelope recipients and its raw data. */
    public record Mail(int connection, List<String> to, String data) {
    }

    private final ServerSocket server;
    private final int messagesPerConnection;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private int connections;

    /** On the ITs' port, keeping every connection open for as many messages as the client sends. */
    public SmtpSink() throws IOException {
        this(PORT, 0);
    }

    /** @param port 0 for any free port; @param messagesPerConnection 0 for no limit */
    public SmtpSink(int port, int messagesPerConnection) throws IOException {
        this.server = new ServerSocket(port);
        this.messagesPerConnection = messagesPerConnection;
        Thread accepting = new Thread(this::accept, "smtp-sink");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Mail> received() {
        return List.copyOf(received);
    }

    /** The first message to {@code address}, waiting up to {@code timeout} for it. */
    public Mail awaitTo(String address, Duration timeout) {
        return awaitTo(address, "", timeout);
    }

    /** The first message to {@code address} whose source holds {@code containing}, waiting up to {@code timeout} for it. */
    public Mail awaitTo(String address, String containing, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        do {
            for (Mail mail : received) {
                if (mail.to().stream().anyMatch(address::equalsIgnoreCase) && mail.data().contains(containing)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no e-mail to " + address + " holding '" + containing + "' within " + timeout + "; received: " + received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket, ++connections);
            } catch (IOException e) {
                // closed, or a client that hung up: wait for the next one
            }
        }
    }

    private void converse(Socket socket, int connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        reply(out, "220 sink");
        List<String> to = new ArrayList<>();
        int messages = 0;
        for (String line; (line = in.readLine()) != null; ) {
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "RCPT" -> {
                    to.add(line.replaceAll("(?i).*<([^>]*)>.*", "$1"));
                    reply(out, "250 ok");
                }
                case "DATA" -> {
                    reply(out, "354 go on");
                    StringBuilder data = new StringBuilder();
                    for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                        data.append(d).append('\n');
                    }
                    received.add(new Mail(connection, List.copyOf(to), data.toString()));
                    to.clear();
                    reply(out, "250 stored");
                    if (++messages == messagesPerConnection) {
                        return; // hangs up, as a server that takes so many messages a connection does
                    }
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

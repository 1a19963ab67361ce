package cn.eduinfo.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that accepts everything and keeps it: the ITs' server sends its e-mail here
 * (configure --mail-host=127.0.0.1 --mail-port=2525, see ear/pom.xml).
 */
final class SmtpSink implements AutoCloseable {

    static final int PORT = 2525;

    /** One delivered message: its envelope recipients and its raw data. */
    record Mail(List<String> to, String data) {
    }

    private final ServerSocket server;
    private final List<Mail> received = new CopyOnWriteArrayList<>();

    SmtpSink() throws IOException {
        server = new ServerSocket(PORT);
        Thread accepting = new Thread(this::accept, "smtp-sink");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** The first message to {@code address}, waiting up to {@code timeout} for it. */
    Mail awaitTo(String address, Duration timeout) {
        return Eventually.value(timeout, Duration.ofMillis(200),
                        () -> received.stream().filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase)).findFirst(),
                        Optional::isPresent)
                .orElseThrow(() -> new AssertionError("no e-mail to " + address + " within " + timeout + "; received: " + received));
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // closed, or a client that hung up: wait for the next one
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        out.print("220 sink\r\n");
        out.flush();
        List<String> to = new CopyOnWriteArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "RCPT" -> to.add(line.replaceAll("(?i).*<([^>]*)>.*", "$1"));
                case "DATA" -> {
                    out.print("354 go on\r\n");
                    out.flush();
                    StringBuilder data = new StringBuilder();
                    for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                        data.append(d).append('\n');
                    }
                    received.add(new Mail(List.copyOf(to), data.toString()));
                    to.clear();
                }
                case "QUIT" -> {
                    out.print("221 bye\r\n");
                    out.flush();
                    return;
                }
                default -> { }
            }
            if (!verb.equals("DATA")) {
                out.print("250 ok\r\n");
            } else {
                out.print("250 stored\r\n");
            }
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

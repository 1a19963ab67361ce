package cn.eduinfo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer in front of a deployment group, reduced to what a failover needs: it forwards
 * every connection to one instance's HTTP port until told to fail over to another, when it drops
 * the connections it holds open, as the death of their instance would.
 */
final class Balancer implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> forwarded = new ConcurrentHashMap<>();
    private volatile int target;

    Balancer(int target) throws IOException {
        this.target = target;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    /** The application's base URL through the balancer, ending in '/'. */
    String base() {
        return "http://localhost:" + server.getLocalPort() + "/eduinfo/";
    }

    /** From now on every connection goes to {@code port}; the open ones are cut. */
    void failOverTo(int port) {
        target = port;
        open.forEach(Balancer::close);
    }

    /** How many connections went to {@code port}. */
    int connectionsTo(int port) {
        return forwarded.getOrDefault(port, new AtomicInteger()).get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                int port = target;
                Socket instance = new Socket(InetAddress.getLoopbackAddress(), port);
                forwarded.computeIfAbsent(port, p -> new AtomicInteger()).incrementAndGet();
                open.add(client);
                open.add(instance);
                daemon(() -> pump(client, instance));
                daemon(() -> pump(instance, client));
            } catch (IOException closedOrRefused) {
                // closed: the loop ends; an instance refusing a connection: the browser sees it cut
            }
        }
    }

    /** Copies one direction until either side ends, then ends both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16_384];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException cut) {
            // the other side or a failover closed it
        } finally {
            close(from);
            close(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing left to release
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "balancer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach(Balancer::close);
    }
}

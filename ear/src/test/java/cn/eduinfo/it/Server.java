package cn.eduinfo.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The managed Payara of the ITs, killed as a crash kills it (SIGKILL: no shutdown, no listener runs)
 * and started again as an operator would, through asadmin. Arquillian started it with asadmin too and
 * holds no handle on the JVM, so it goes on with the restarted server.
 */
final class Server {

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path DOMAIN = PAYARA.resolve("glassfish/domains/domain1");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Server() {
    }

    /** Sets a system property of the server (domain.xml), for this JVM and the next. */
    static void property(String name, String value) {
        asadmin("create-system-properties", name + "=" + value);
    }

    static void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(DOMAIN.resolve("config/pid")).trim());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server JVM " + pid));
        jvm.destroyForcibly();
        jvm.onExit().get(1, TimeUnit.MINUTES);
    }

    /**
     * Starts the domain as the operators' scripts do (start_domain in server-config/common.sh: again if
     * Payara gives up starting it) and waits until the application answers (it deploys with the domain).
     */
    static void start(String base) {
        startDomain();
        if (!Eventually.value(Duration.ofMinutes(3), Duration.ofMillis(500), () -> answers(base + "login.xhtml", body -> true), up -> up)) {
            throw new AssertionError("the application did not come back within 3 minutes");
        }
    }

    /** Whether {@code url} answers 200 with a body {@code fits} (false while the server is not listening yet). */
    static boolean answers(String url, Predicate<String> fits) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && fits.test(response.body());
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Starts the domain through start_domain (server-config/common.sh), which starts it again if Payara gives up. */
    static void startDomain() {
        run("bash", "-c", "source \"$0\" && start_domain \"$1\" \"$2\" start-domain domain1",
                Path.of(System.getProperty("project.root"), "server-config", "common.sh").toString(),
                PAYARA.resolve("bin/asadmin").toString(), DOMAIN.toString());
    }

    static void stopDomain() {
        asadmin("stop-domain", "domain1");
    }

    /** The size of the server's log now, to read what it logs from here on ({@link #logSince}). */
    static long logSize() throws IOException {
        return Files.size(DOMAIN.resolve("logs/server.log"));
    }

    /** What the server has logged since the log had {@code size} bytes (not across a rotation). */
    static String logSince(long size) throws IOException {
        byte[] log = Files.readAllBytes(DOMAIN.resolve("logs/server.log"));
        int from = (int) Math.min(size, log.length);
        return new String(log, from, log.length - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** How many executions of the job the server's batch runtime has completed, in its job repository. */
    static long completedExecutions(String job) {
        return asadmin("list-batch-job-executions").lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns[0].equals(job) && columns[columns.length - 2].equals("COMPLETED"))
                .count();
    }

    private static String asadmin(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = PAYARA.resolve("bin/asadmin").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return run(command);
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command), e);
        }
    }
}

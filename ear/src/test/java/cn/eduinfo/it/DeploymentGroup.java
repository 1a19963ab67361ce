package cn.eduinfo.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system as production runs it, set up by the operators' own script (server-config/group): two
 * instances of a Payara deployment group, in a domain of their own beside the ITs' server, on a
 * database of their own, with the demo data.
 */
final class DeploymentGroup {

    static final String DATABASE = "eduinfo_group_it";

    /**
     * The group's database password: the ITs' own where their PostgreSQL asks for one, else one it ignores
     * (it trusts loopback), still given so that the group keeps it as a password alias, out of domain.xml.
     */
    static final String DATABASE_PASSWORD = System.getProperty("it.db.password", "").isEmpty() ? "Group#Db2027"
            : System.getProperty("it.db.password");

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path SCRIPT = Path.of(System.getProperty("project.root"), "server-config", "group");
    private static final int PORTBASE = 10000;

    private DeploymentGroup() {
    }

    /** Sets the group up on a fresh database and starts it; returns the URL of that database. */
    static String start(String... settings) {
        String testDatabase = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        execute(testDatabase, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        execute(testDatabase, "CREATE DATABASE " + DATABASE);
        String url = testDatabase.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE + "$1");
        update(url, List.of(), settings);
        return url;
    }

    /**
     * Runs the script on the group's database: the first run sets the group up; each later one is an operator
     * changing its settings (the update path, which restarts the DAS and the instances with them and redeploys).
     * A secret is a setting kept out of domain.xml (--secret: a password alias).
     */
    static void update(String url, List<String> secrets, String... settings) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "--payara=" + PAYARA, "--portbase=" + PORTBASE,
                "--db-url=" + url, "--db-user=" + System.getProperty("it.db.user", "postgres"), "--db-password=" + DATABASE_PASSWORD));
        for (String secret : secrets) {
            command.add("--secret=" + secret);
        }
        for (String setting : settings) {
            command.add("--set=" + setting);
        }
        run(command, 15);
    }

    /** The configuration of the DAS and of each instance, as their domain.xml hold it. */
    static List<String> domainXmls() throws IOException {
        List<String> all = new ArrayList<>(List.of(Files.readString(PAYARA.resolve("glassfish/domains/eduinfo-group/config/domain.xml"))));
        for (int i = 1; i <= 2; i++) {
            all.add(Files.readString(instanceDir(i).resolve("config/domain.xml")));
        }
        return all;
    }

    static void stop() {
        run(List.of("bash", SCRIPT.toString(), "--payara=" + PAYARA, "--portbase=" + PORTBASE, "--stop"), 15);
    }

    /** The application's base URL on instance {@code i} (1-based), ending in '/'. */
    static String base(int i) {
        return "http://localhost:" + port(i) + "/eduinfo/";
    }

    /** Instance {@code i}'s HTTP port. */
    static int port(int i) {
        return PORTBASE + 1000 * i + 80;
    }

    /** What instance {@code i} has logged since its domain was created. */
    static String log(int i) throws IOException {
        return Files.readString(instanceDir(i).resolve("logs/server.log"));
    }

    private static Path instanceDir(int i) {
        return PAYARA.resolve("glassfish/nodes/localhost-eduinfo-group/eduinfo" + i);
    }

    /** Kills instance {@code i} as a crash does: SIGKILL, no shutdown. */
    static void kill(int i) throws Exception {
        Path pidFile = instanceDir(i).resolve("config/pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no JVM " + pid + " of eduinfo" + i));
        jvm.destroyForcibly();
        jvm.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Starts instance {@code i} again, as an operator would, and waits until it is ready. */
    static void startInstance(int i) {
        // Through start_instance (server-config/common.sh), as the group script starts them: again if Payara gives up.
        run(List.of("bash", "-c", "source \"$0\" && start_instance \"$1\" \"$2\" --port \"$3\" start-instance \"$4\"",
                SCRIPT.resolveSibling("common.sh").toString(), instanceDir(i).toString(), PAYARA.resolve("bin/asadmin").toString(),
                String.valueOf(PORTBASE + 48), "eduinfo" + i), 5);
        // UP with no checks until the application has loaded: its own check says it is there.
        String ready = base(i).replace("eduinfo/", "health/ready");
        if (!Eventually.value(Duration.ofMinutes(3), Duration.ofMillis(500),
                () -> Server.answers(ready, body -> body.contains("\"name\":\"database\",\"status\":\"UP\"")), up -> up)) {
            throw new AssertionError("eduinfo" + i + " was not ready within 3 minutes of its start");
        }
    }

    private static void run(List<String> command, int minutes) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(minutes, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = Database.connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

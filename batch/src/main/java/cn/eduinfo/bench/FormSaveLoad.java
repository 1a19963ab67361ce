package cn.eduinfo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the form save through the real HTTP path (batch/benchmark-forms): N school administrators,
 * each signed in once (POST /api/session) and saving its own form in a loop, against the same users
 * sending the same JSON to PUT /api/echo on the same server. Prints throughput and p50/p95 of both.
 *
 * <p>Run against a server with the demo data set: the administrator of a county hands out its
 * schools' accounts, each new holder sets a password and personal information, as in real life.
 */
public final class FormSaveLoad {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("\"%s\":\"([^\"]*)\"");

    private final String base;
    private final String password;
    private final HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String adminAuth;

    private FormSaveLoad(String base, String password) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, "base", "http://localhost:8080/eduinfo/");
        int users = Integer.parseInt(arg(args, "users", "50"));
        int seconds = Integer.parseInt(arg(args, "seconds", "30"));
        int warmup = Integer.parseInt(arg(args, "warmup", "10"));
        FormSaveLoad load = new FormSaveLoad(base, arg(args, "password", "Demo@2026"));
        List<User> all = new ArrayList<>();
        for (String county : arg(args, "counties", "460105,460106").split(",")) {
            all.addAll(load.users(county, users - all.size()));
        }
        if (all.size() < users) {
            throw new IllegalStateException("only " + all.size() + " schools in the counties given");
        }
        System.out.printf("forms: %d users signed in, %d values per form%n", all.size(), all.get(0).valueCount());
        Result echo = run(all, User::echo, warmup, seconds);
        Result save = run(all, User::save, warmup, seconds);
        System.out.printf("%n%-30s %10s %10s %10s %10s%n", "form save (PostgreSQL)", "requests/s", "p50 ms", "p95 ms", "errors");
        echo.print("PUT /api/echo (floor)");
        save.print("PUT /api/forms (save)");
        System.out.printf("%-30s %10.1fx %10.1fx %10.1fx%n", "ratio save / echo", echo.throughput() / save.throughput(),
                save.percentile(50) / echo.percentile(50), save.percentile(95) / echo.percentile(95));
    }

    /** Up to {@code count} of the county's schools, each with its administrator handed out (by the county's) and signed in. */
    private List<User> users(String county, int count) throws Exception {
        adminAuth = basic(county + "A1", password);
        long countyId = firstId(get("api/organisations?q=" + county));
        String children = get("api/organisations/" + countyId + "/children");
        List<User> users = new ArrayList<>();
        Matcher school = Pattern.compile("\\{[^{}]*\"code\":\"(\\d{10})\"[^{}]*\\}").matcher(children);
        while (users.size() < count && school.find()) {
            if (!school.group().contains("\"kind\":\"SCHOOL\"")) {
                continue;
            }
            String code = school.group(1);
            long orgId = Long.parseLong(first(ID, school.group()));
            users.add(User.handedOut(base, this, code, orgId));
        }
        return users;
    }

    String issue(String code) throws Exception {
        long orgId = firstId(get("api/organisations?q=" + code));
        String accounts = get("api/accounts?organisation=" + orgId);
        Matcher m = Pattern.compile("\\{[^{}]*\"username\":\"" + code + "A1\"[^{}]*\\}").matcher(accounts);
        if (!m.find()) {
            throw new IllegalStateException("no administrator account for " + code);
        }
        String reply = send(admin, HttpRequest.newBuilder(URI.create(base + "api/accounts/" + first(ID, m.group()) + "/password-reset"))
                .header("Authorization", adminAuth).POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        return first(Pattern.compile(String.format(QUOTED.pattern(), "initialPassword")), reply);
    }

    private String get(String path) throws Exception {
        return send(admin, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", adminAuth).build(), 200);
    }

    static String send(HttpClient client, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> reply = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (reply.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " → " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }

    private static long firstId(String json) {
        return Long.parseLong(first(ID, json));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    interface Call {
        void call(User user) throws Exception;
    }

    /** Closed loop: each user sends its next request when the last one answered; only the measured window counts. */
    private static Result run(List<User> users, Call call, int warmup, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long from = start + TimeUnit.SECONDS.toNanos(warmup);
        long to = from + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        int[] errors = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        for (User user : users) {
            pool.submit(() -> {
                while (System.nanoTime() < to) {
                    long t0 = System.nanoTime();
                    try {
                        call.call(user);
                    } catch (Exception e) {
                        synchronized (errors) {
                            if (errors[0]++ == 0) {
                                System.err.println("first error: " + e.getMessage());
                            }
                        }
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= from && t1 <= to) {
                        latencies.add(t1 - t0);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(warmup + seconds + 120L, TimeUnit.SECONDS);
        return new Result(new ArrayList<>(latencies), seconds, errors[0]);
    }

    record Result(List<Long> latencies, int seconds, int errors) {

        double throughput() {
            return latencies.size() / (double) seconds;
        }

        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
        }

        void print(String name) {
            System.out.printf("%-30s %10.1f %10.1f %10.1f %10d%n", name, throughput(), percentile(50), percentile(95), errors);
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(60);
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.shared.SmtpSink;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quarterly timer (here firing every two seconds: the ITs' eduinfo.sync.* calendar) starts a run
 * from the newest snapshot in the drop directory, each content once, and records what it found each time
 * (a share it cannot read, or whose start is refused while an operator's run holds the tree, is e-mailed to the
 * system administrators, and the refused share is run at a later look): firing again, or finding the
 * same content under another name, or the file an operator already ran by hand, starts nothing; the next
 * quarter's file, though shared under the same name, is run and read against the last. How a scheduled run ended is e-mailed to the system
 * administrators.
 */
class RegistrySyncOnScheduleIT extends ItBase {

    private static final Path DROP = Path.of(System.getProperty("sync.drop.dir"));

    @Test
    void theTimerRunsTheNewestSnapshotOfTheDropDirectoryOnceForEachContentAndMailsHowItEnded() throws Exception {
        try (SmtpSink mail = new SmtpSink()) {
            theTimerRunsTheNewestSnapshotOfTheDropDirectoryOnceForEachContent(mail);
        }
    }

    private void theTimerRunsTheNewestSnapshotOfTheDropDirectoryOnceForEachContent(SmtpSink mail) throws Exception {
        Api operator = Api.demo(base(), "sysadmin");
        assertEquals(200, operator.put("api/me/personal-info", "{\"realName\":\"李明\",\"position\":\"运维工程师\",\"phone\":\"010-66096114\","
                + "\"email\":\"ops@moe.edu.cn\"}").status());
        JsonObject schedule = operator.get("api/sync/schedule").json();
        assertEquals(DROP.toString(), schedule.getString("source"), schedule.toString());
        assertEquals(403, Api.demo(base(), "460105A1").get("api/sync/schedule").status(), "the system administrators' alone");
        assertEquals("NOTHING_SHARED", lastCheck(operator, "NOTHING_SHARED").getString("outcome"));

        // A share that cannot be read (a directory under a snapshot's name): nothing starts, and the system administrators hear why.
        Path unreadable = Files.createDirectory(DROP.resolve("unreadable.csv"));
        JsonObject failed = lastCheck(operator, "FAILED");
        assertTrue(failed.getString("detail").contains("IOException"), failed.toString());
        String warned = mail.awaitTo("ops@moe.edu.cn", "X-Eduinfo-Sync-Check: FAILED", Duration.ofSeconds(30)).data();
        assertTrue(warned.contains("X-Eduinfo-Sync-Check: FAILED"), warned);
        nextLook(operator, failed);
        Files.delete(unreadable);
        assertEquals(0, Runs.scheduled(operator, 0).size(), "nothing started");

        RegistryFiles yunnan = RegistryFiles.countyWithSchools("530000", "云南省教育厅", "530102", "五华区教育局", 20);
        Runs.drop(DROP, "registry.csv", yunnan.utf8(), Instant.now());

        JsonObject first = Runs.finished(operator, Runs.id(Runs.scheduled(operator, 1).get(0)));
        // Nobody watched it: the system administrators who gave an address hear how it ended.
        String told = mail.awaitTo("ops@moe.edu.cn", "X-Eduinfo-Sync-Status", Duration.ofSeconds(30)).data();
        assertTrue(told.contains("X-Eduinfo-Sync-Run: " + Runs.id(first)) && told.contains("X-Eduinfo-Sync-Status: COMPLETED"), told);
        assertEquals("COMPLETED", first.getString("status"), first.toString());
        assertEquals("SCHEDULE", first.getString("trigger"), first.toString());
        assertEquals("schedule", first.getString("startedBy"), first.toString());
        assertEquals("registry.csv", first.getString("fileName"), first.toString());
        assertEquals(22, first.getInt("added"), first.toString());
        assertEquals(20, Database.count("SELECT COUNT(*) FROM organisation WHERE code LIKE '2153%'"));

        // The same content under another, newer name, and more firings (at least two in five seconds): nothing more.
        Runs.drop(DROP, "registry-copy.csv", yunnan.utf8(), Instant.now().plusSeconds(1));
        Thread.sleep(5_000);
        assertEquals(1, Runs.scheduled(operator, 1).size(), "one run for one content");
        assertEquals(1, mailsOf(mail, "FAILED"), "the same failure told once that day, not at every look");
        assertEquals(Runs.id(first), lastCheck(operator, "ALREADY_RUN").getJsonNumber("runId").longValue());

        // The next quarter, shared under the first file's name: run, and read against the first.
        yunnan.replace("2153000001", "2153000001", "五华区第一实验小学", "SCHOOL", "21", "530102", "530102", "ACTIVE", "", "2027-01-01");
        Runs.drop(DROP, "registry.csv", yunnan.utf8(), Instant.now().plusSeconds(2));
        JsonObject next = Runs.finished(operator, Runs.id(Runs.scheduled(operator, 2).get(0)));
        assertEquals("COMPLETED", next.getString("status"), next.toString());
        assertEquals(Runs.id(first), next.getJsonNumber("readAgainst").longValue(), next.toString());
        assertEquals(1, next.getInt("changed"), next.toString());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM organisation WHERE code = '2153000001' AND name = '五华区第一实验小学'"));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGISTRY_SYNC_STARTED' AND actor = 'schedule'"),
                "each start audited, by the schedule");

        // An operator's run holds the tree (its rename waits for a row another session holds) when the registry shares
        // again: the timer's start is refused, the system administrators hear why, and the share is run once the tree is free.
        yunnan.replace("2153000002", "2153000002", "五华区第二实验小学", "SCHOOL", "21", "530102", "530102", "ACTIVE", "", "2027-01-01");
        long uploaded;
        try (Database.Session held = Database.holding("SELECT id FROM organisation WHERE code = '2153000002' FOR UPDATE")) {
            uploaded = Runs.id(Runs.upload(operator, "yunnan-by-hand.csv", yunnan.utf8()));
            Runs.waitFor(operator, uploaded, r -> "APPLYING".equals(r.getString("status")) || !r.getBoolean("isActive"), Duration.ofMinutes(1));
            yunnan.replace("2153000003", "2153000003", "五华区第三实验小学", "SCHOOL", "21", "530102", "530102", "ACTIVE", "", "2027-01-01");
            Runs.drop(DROP, "registry.csv", yunnan.utf8(), Instant.now().plusSeconds(3));
            assertEquals("sync.runInProgress", lastCheck(operator, "REFUSED").getString("detail"));
            String refused = mail.awaitTo("ops@moe.edu.cn", "X-Eduinfo-Sync-Check: REFUSED", Duration.ofSeconds(30)).data();
            assertTrue(refused.contains("X-Eduinfo-Sync-Check: REFUSED"), refused);
            nextLook(operator, lastCheck(operator, "REFUSED"));
            assertTrue(operator.get("api/sync/runs/" + uploaded).json().getBoolean("isActive"), "the operator's run still holds the tree");
        }
        assertEquals("COMPLETED", Runs.finished(operator, uploaded).getString("status"));
        JsonObject late = Runs.finished(operator, Runs.id(Runs.scheduled(operator, 3).get(0)));
        assertEquals("COMPLETED", late.getString("status"), late.toString());
        assertEquals(uploaded, late.getJsonNumber("readAgainst").longValue(), "read against the operator's run: " + late);
        assertEquals(1, late.getInt("changed"), late.toString());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM organisation WHERE code = '2153000003' AND name = '五华区第三实验小学'"));
        assertEquals(1, mailsOf(mail, "REFUSED"), "told once, though refused at more than one look");

        // The operator uploads the next share by hand before the registry's timer finds it: the timer does not run it again.
        yunnan.replace("2153000004", "2153000004", "五华区第四实验小学", "SCHOOL", "21", "530102", "530102", "ACTIVE", "", "2027-01-01");
        long byHand = Runs.id(Runs.finished(operator, Runs.id(Runs.upload(operator, "yunnan-q3.csv", yunnan.utf8()))));
        Runs.drop(DROP, "registry.csv", yunnan.utf8(), Instant.now().plusSeconds(4));
        assertEquals(byHand, lastCheck(operator, "ALREADY_RUN").getJsonNumber("runId").longValue(), "the share is the file the operator ran");
        assertEquals(3, Runs.scheduled(operator, 3).size(), "no run of the same file by the timer");
    }

    /** What the timer last found at the share, once it is {@code outcome} (it looks every two seconds). */
    private static JsonObject lastCheck(Api operator, String outcome) {
        JsonObject check = Eventually.value(Duration.ofSeconds(20), Duration.ofMillis(500),
                () -> operator.get("api/sync/schedule").json().getJsonObject("lastCheck"),
                c -> c != null && outcome.equals(c.getString("outcome")));
        assertTrue(check != null && outcome.equals(check.getString("outcome")), "the timer's last look: " + check);
        return check;
    }

    /** The timer's next look after {@code check}, which found the same (it looks every two seconds). */
    private static void nextLook(Api operator, JsonObject check) {
        JsonObject next = Eventually.value(Duration.ofSeconds(20), Duration.ofMillis(500),
                () -> operator.get("api/sync/schedule").json().getJsonObject("lastCheck"), c -> !c.getString("at").equals(check.getString("at")));
        assertEquals(check.getString("outcome"), next.getString("outcome"), next.toString());
        assertEquals(check.getString("detail"), next.getString("detail"), next.toString());
    }

    private static long mailsOf(SmtpSink mail, String outcome) {
        return mail.received().stream().filter(m -> m.data().contains("X-Eduinfo-Sync-Check: " + outcome)).count();
    }

    /** The next IT class deploys on a fresh database, where these files would be new again. */
    @AfterEach
    void emptyTheDropDirectory() throws IOException {
        try (var files = Files.list(DROP)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An operator synchronises the tree from registry snapshots; each test works in a province of its own. */
class RegistrySyncIT extends ItBase {

    @Test
    void aSnapshotAddsASubtreeWithAccountsThenADeltaRenamesClosesMergesAndProposesAMove() {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        RegistryFiles tianjin = RegistryFiles.withMoe()
                .authority("120000", "天津市教育委员会", "PROVINCE", "000000")
                .authority("120101", "和平区教育局", "COUNTY", "120000")
                .authority("120102", "河东区教育局", "COUNTY", "120000");
        for (int i = 1; i <= 10; i++) {
            tianjin.school(String.format("21120000%02d", i), "和平区第" + i + "小学", "120101");
        }
        JsonObject first = Runs.finished(operator, Runs.id(Runs.upload(operator, "tianjin-q1.csv", tianjin.utf8())));
        assertEquals("COMPLETED", first.getString("status"), first.toString());
        assertEquals(13, first.getInt("added"));

        Api moe = Api.demo(base, "000000A1");
        long tianjinId = Fixtures.orgId(moe, "120000");
        assertEquals(2, moe.get("api/organisations/" + tianjinId + "/children").array().size());
        assertEquals(3, moe.get("api/accounts?organisation=" + tianjinId).array().size(), "a new authority gets its three accounts");
        Api security = Api.demo(base, "secadmin");
        long school2 = Fixtures.orgId(moe, "2112000002");
        assertEquals(1, security.get("api/accounts?organisation=" + school2).array().size(), "a new school gets its administrator");
        assertEquals("ADDED", moe.get("api/organisations/" + school2 + "/events").array().getJsonObject(0).getString("type"));

        // Next quarter: a rename, a closure, a merger, a new school, a change of affiliation, and a school the full
        // snapshot no longer lists (closed by omission, on the snapshot's date: its newest, 2027-01-01). Read against
        // the first file: only the lines that differ, and those that lean on them, are parsed and compared.
        tianjin.omit("2112000006")
                .replace("2112000001", "2112000001", "和平区第一实验小学", "SCHOOL", "21", "120101", "120101", "ACTIVE", "", "2027-01-01")
                .replace("2112000002", "2112000002", "和平区第2小学", "SCHOOL", "21", "120101", "120101", "CLOSED", "", "2027-01-01")
                .replace("2112000003", "2112000003", "和平区第3小学", "SCHOOL", "21", "120101", "120101", "MERGED", "2112000004", "2027-01-01")
                .replace("2112000005", "2112000005", "和平区第5小学", "SCHOOL", "21", "120101", "120102", "ACTIVE", "", "2026-10-01")
                .school("2112000011", "和平区第11小学", "120101");
        JsonObject second = Runs.finished(operator, Runs.id(Runs.upload(operator, "tianjin-q2.csv", tianjin.utf8())));
        assertEquals("COMPLETED", second.getString("status"), second.toString());
        assertEquals(first.getJsonNumber("id"), second.getJsonNumber("readAgainst"), second.toString());
        assertTrue(second.getInt("comparedRows") < second.getInt("totalRows") / 2, second.toString());
        assertEquals(1, second.getInt("added"));
        assertEquals(1, second.getInt("changed"));
        assertEquals(2, second.getInt("closed"), "the explicit closure and the omitted school");
        assertEquals(1, second.getInt("merged"));
        assertEquals(1, second.getInt("moveProposed"));

        assertEquals("和平区第一实验小学", moe.get("api/organisations/" + Fixtures.orgId(moe, "2112000001")).json().getString("name"));
        assertEquals("CLOSED", moe.get("api/organisations/" + school2).json().getString("status"));
        assertFalse(security.get("api/accounts?organisation=" + school2).array().getJsonObject(0).getBoolean("enabled"), "a closed school's account is disabled");
        // The tree as of a date, read back from the dated events.
        assertTrue(moe.get("api/organisations/" + school2 + "/as-of?date=2026-12-31").json().getString("state").endsWith("ACTIVE"));
        assertTrue(moe.get("api/organisations/" + school2 + "/as-of?date=2027-01-01").json().getString("state").endsWith("CLOSED"));
        assertFalse(moe.get("api/organisations/" + school2 + "/as-of?date=2026-09-30").json().getBoolean("existed"));
        assertEquals(400, moe.get("api/organisations/" + school2 + "/as-of?date=yesterday").status());
        // The omitted school is closed exactly as the explicit closure: status, accounts, a dated event of the run.
        long school6 = Fixtures.orgId(moe, "2112000006");
        assertEquals("CLOSED", moe.get("api/organisations/" + school6).json().getString("status"));
        assertFalse(security.get("api/accounts?organisation=" + school6).array().getJsonObject(0).getBoolean("enabled"));
        assertTrue(moe.get("api/organisations/" + school6 + "/as-of?date=2026-12-31").json().getString("state").endsWith("ACTIVE"));
        assertTrue(moe.get("api/organisations/" + school6 + "/as-of?date=2027-01-01").json().getString("state").endsWith("CLOSED"));
        JsonObject closedEvent = moe.get("api/organisations/" + school6 + "/events").array().getJsonObject(1);
        assertEquals("CLOSED", closedEvent.getString("type"), closedEvent.toString());
        assertEquals("registry-sync#" + second.getJsonNumber("id"), closedEvent.getString("recordedBy"), closedEvent.toString());
        // The change set says why: the omitted school's closure has the reason, the explicit one none.
        var closures = operator.get("api/sync/runs/" + second.getJsonNumber("id") + "/changes?type=CLOSE").array();
        assertEquals("OMITTED", closureOf(closures, "2112000006").getString("reason", ""), closures.toString());
        assertEquals("", closureOf(closures, "2112000002").getString("reason", ""), closures.toString());
        JsonObject merged = moe.get("api/organisations/" + Fixtures.orgId(moe, "2112000003")).json();
        assertEquals("MERGED", merged.getString("status"));
        assertEquals("2112000004", merged.getString("successorCode"), "the unit it went into is shown");
        assertFalse(security.get("api/accounts?organisation=" + Fixtures.orgId(moe, "2112000003")).array().getJsonObject(0)
                .getBoolean("enabled"), "a merged school's account is disabled");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM organisation WHERE code = '2112000003'"
                + " AND successor_id = (SELECT id FROM organisation WHERE code = '2112000004')"), "the successor is recorded");
        // The set-based apply places units as the domain's factories do: path, depth and tier follow the parent.
        assertEquals(0, Database.count("SELECT COUNT(*) FROM organisation o JOIN organisation p ON p.id = o.parent_id"
                + " WHERE o.path <> p.path || o.code || '/' OR o.depth <> p.depth + 1"
                + " OR (o.kind IN ('SCHOOL', 'TEACHING_POINT') AND o.tier <> p.tier)"));
        long moved = Fixtures.orgId(moe, "2112000005");
        assertEquals("和平区教育局", moe.get("api/organisations/" + moved).json().getString("parentName"), "the registry alone moves nothing");

        // The proposal goes to the nearest authority above both counties: the Tianjin commission, and no one else.
        assertEquals("[]", moe.get("api/affiliations").body());
        Api tianjinAdmin = firstLogin(base, moe, "120000", "120000A1");
        var proposals = tianjinAdmin.get("api/affiliations").array();
        assertEquals(1, proposals.size(), proposals.toString());
        long proposal = proposals.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, moe.post("api/affiliations/" + proposal + "/confirm", null).status());
        assertEquals(403, Api.demo(base, "460000A1").post("api/affiliations/" + proposal + "/confirm", null).status());
        assertEquals(403, Api.demo(base, "460105A1").post("api/affiliations/" + proposal + "/reject", null).status());

        var confirmed = tianjinAdmin.post("api/affiliations/" + proposal + "/confirm", null);
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("河东区教育局", moe.get("api/organisations/" + moved).json().getString("parentName"));
        assertTrue(moe.get("api/organisations/" + moved + "/events").body().contains("MOVED"));
        assertEquals(400, tianjinAdmin.post("api/affiliations/" + proposal + "/reject", null).status(), "decided once");

        // The tree as of a date, walked down one level at a time: a closure and a move show on their dates.
        // The server's today: the ITs run on training mode's simulated clock.
        LocalDate today = java.time.OffsetDateTime.parse(moe.get("api/training/clock").json().getString("now")).toLocalDate();
        long heping = Fixtures.orgId(moe, "120101");
        String before = moe.get("api/organisations/" + heping + "/children/as-of?date=" + today.minusDays(1)).body();
        assertTrue(before.contains("\"code\":\"2112000005\""), "still under Heping the day before the move: " + before);
        String now = moe.get("api/organisations/" + heping + "/children/as-of?date=" + today).body();
        assertFalse(now.contains("2112000005"), "moved away on the day it was confirmed: " + now);
        assertTrue(moe.get("api/organisations/" + Fixtures.orgId(moe, "120102") + "/children/as-of?date=" + today).body().contains("2112000005"));
        var then = moe.get("api/organisations/" + heping + "/children/as-of?date=2026-12-31").array();
        var later = moe.get("api/organisations/" + heping + "/children/as-of?date=2027-01-01").array();
        assertEquals("ACTIVE", statusOf(then, "2112000002"));
        assertEquals("CLOSED", statusOf(later, "2112000002"));
        assertEquals(0, moe.get("api/organisations/" + heping + "/children/as-of?date=2026-09-30").array().size(), "nothing there before the first snapshot");
        assertEquals(403, Api.demo(base, "460000A1").get("api/organisations/" + heping + "/children/as-of?date=2027-01-01").status());

        // A quarter shared in GBK is read in full (only UTF-8 files are compared line by line), and applied alike;
        // the closed school comes back as it was: re-opened, its account enabled again.
        tianjin.replace("2112000007", "2112000007", "和平区第七小学", "SCHOOL", "21", "120101", "120101", "ACTIVE", "", "2027-04-01")
                .replace("2112000002", "2112000002", "和平区第2小学", "SCHOOL", "21", "120101", "120101", "ACTIVE", "", "2027-04-01");
        JsonObject third = Runs.finished(operator, Runs.id(Runs.upload(operator, "tianjin-q3.csv", tianjin.bytes(Charset.forName("GBK")))));
        assertEquals("COMPLETED", third.getString("status"), third.toString());
        assertEquals("GB18030", third.getString("charset"));
        assertFalse(third.containsKey("readAgainst") && !third.isNull("readAgainst"), third.toString());
        assertEquals(third.getInt("totalRows"), third.getInt("comparedRows"));
        assertEquals("和平区第七小学", moe.get("api/organisations/" + Fixtures.orgId(moe, "2112000007")).json().getString("name"));
        assertEquals(1, third.getInt("reopened"), third.toString());
        assertEquals("ACTIVE", moe.get("api/organisations/" + school2).json().getString("status"));
        assertTrue(security.get("api/accounts?organisation=" + school2).array().getJsonObject(0).getBoolean("enabled"),
                "a re-opened school's account is enabled again");
        var events = moe.get("api/organisations/" + school2 + "/events").array();
        assertEquals("REOPENED", events.getJsonObject(events.size() - 1).getString("type"), events.toString());
        assertTrue(moe.get("api/organisations/" + school2 + "/as-of?date=2027-04-01").json().getString("state").endsWith("ACTIVE"));
    }

    @Test
    void aCountyTheRegistryPutsUnderAnotherPrefectureMovesWithItsSchoolsOnceTheProvinceConfirms() {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        Api moe = Api.demo(base, "000000A1");
        long longhua = Fixtures.orgId(moe, "460106");
        long school = Long.parseLong(Database.text("SELECT MIN(id) FROM organisation WHERE parent_id = " + longhua));
        String subtree = "SELECT o.id FROM organisation o WHERE o.path LIKE '%/460106/%'";
        long units = Database.count("SELECT COUNT(*) FROM (" + subtree + ") u");
        long quarters = Database.count("SELECT COUNT(*) FROM submission WHERE org_id IN (" + subtree + ")");
        assertTrue(units > 1 && quarters > 0, units + " units, " + quarters + " quarters");

        // The registry now lists 龙华区 under 三亚市 (460200): a proposal for Hainan's department, nothing moved yet.
        String name = Database.text("SELECT name FROM organisation WHERE code = '460106'");
        RegistryFiles snapshot = RegistryFiles.withMoe().authority("460106", name, "COUNTY", "460200");
        JsonObject run = Runs.finished(operator, Runs.id(Runs.upload(operator, "longhua.csv", snapshot.utf8())));
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(1, run.getInt("moveProposed"), run.toString());
        assertEquals(0, run.getInt("changed") + run.getInt("added") + run.getInt("closed"), run.toString());
        Api haikou = Api.demo(base, "460100A1");
        assertEquals(200, haikou.get("api/organisations/" + school).status());

        Api hainan = Api.demo(base, "460000A1");
        var proposals = hainan.get("api/affiliations").array();
        long proposal = proposals.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, haikou.post("api/affiliations/" + proposal + "/confirm", null).status(), "only the nearest authority above both decides");
        var confirmed = hainan.post("api/affiliations/" + proposal + "/confirm", null);
        assertEquals(200, confirmed.status(), confirmed.toString());

        assertEquals("/000000/460000/460200/460106/", Database.text("SELECT path FROM organisation WHERE id = " + longhua));
        assertEquals(units, Database.count("SELECT COUNT(*) FROM organisation WHERE path LIKE '/000000/460000/460200/460106/%'"),
                "the whole subtree moved");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM organisation o JOIN organisation p ON p.id = o.parent_id"
                + " WHERE o.path <> p.path || o.code || '/' OR o.depth <> p.depth + 1"), "every path and depth follows its parent");
        assertEquals(quarters, Database.count("SELECT COUNT(*) FROM submission s JOIN organisation o ON o.id = s.org_id"
                + " WHERE s.org_path = o.path AND o.path LIKE '/000000/460000/460200/460106/%'"), "the quarters follow to the new superior");
        assertEquals(403, haikou.get("api/organisations/" + school).status(), "out of the old prefecture's subtree");
        assertEquals(200, hainan.get("api/organisations/" + school).status());
        assertTrue(moe.get("api/organisations/" + longhua + "/events").body().contains("MOVED"));

        // By hand an administrator moves schools only.
        var byHand = hainan.post("api/affiliations/moves?organisation=" + longhua + "&to=" + Fixtures.orgId(moe, "460100"), null);
        assertEquals(400, byHand.status(), byHand.toString());
        assertEquals("org.move.authority", byHand.json().getString("key"));
    }

    @Test
    void aBrokenFileChangesNothingAndReportsEveryProblemByLine() {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        String before = Database.fingerprint();
        byte[] broken = RegistryFiles.withMoe()
                .authority("130000", "河北省教育厅", "PROVINCE", "000000")
                .row("1301", "石家庄", "PREFECTURE", "", "130100", "130000", "ACTIVE", "", "2026-10-01")
                .row("2113000001", "缺一列", "SCHOOL", "21", "130000", "130000", "ACTIVE", "")
                .row("2113000002", "类型不明", "ACADEMY", "21", "130000", "130000", "ACTIVE", "", "2026-10-01")
                .row("3113000003", "类别不符", "SCHOOL", "21", "130000", "130000", "ACTIVE", "", "2026-10-01")
                .school("2113000004", "上级不存在", "139999")
                .bytes(Charset.forName("GBK"));
        JsonObject run = Runs.finished(operator, Runs.id(Runs.upload(operator, "hebei-broken.csv", broken)));
        assertEquals("INVALID", run.getString("status"), run.toString());
        assertTrue(run.getInt("errorCount") >= 4, run.toString());
        assertEquals(before, Database.fingerprint(), "a refused file leaves the tree, accounts and history byte for byte as they were");

        String report = operator.get("api/sync/runs/" + run.getJsonNumber("id") + "/error-report").body();
        for (String line : new String[]{"第 4 行", "第 5 行", "第 6 行", "第 7 行"}) {
            assertTrue(report.contains(line), line + " in\n" + report);
        }
        String english = operator.inLanguage("en").get("api/sync/runs/" + run.getJsonNumber("id") + "/error-report").body();
        assertTrue(english.contains("Line 6: Unknown kind of organisation: ACADEMY"), english);

        byte[] truncated = RegistryFiles.withMoe().authority("130000", "河北省教育厅", "PROVINCE", "000000").utf8();
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 7);
        // Sent in chunks (no Content-Length): read whole all the same, and refused by the job for what it is.
        var chunked = operator.postStream("api/sync/runs?name=hebei-truncated.csv", cut, "text/csv");
        assertEquals(200, chunked.status(), chunked.toString());
        JsonObject second = Runs.finished(operator, Runs.id(chunked.json()));
        assertEquals("INVALID", second.getString("status"));
        assertTrue(operator.inLanguage("en").get("api/sync/runs/" + second.getJsonNumber("id") + "/error-report").body()
                .contains("truncated"), "the file's last line is seen cut short, not an empty body");
        assertEquals(before, Database.fingerprint());
        assertEquals(400, operator.postBytes("api/sync/runs?name=empty.csv", new byte[0], "text/csv").status());
    }

    @Test
    void noRunStartsOrResumesWhileAnotherInstanceStartsOneAtTheSameMoment() throws Exception {
        Api operator = Api.demo(base(), "sysadmin");
        String columns = "INSERT INTO sync_run (id, file_name, trigger_kind, started_by, status, created_at, total_rows, change_count,"
                + " applied_count, error_count, added, changed, move_proposed, merged, closed, reopened, version) VALUES ";
        // A failed run to resume, and another instance's new run, inserted but not yet committed when this one checks.
        Database.execute(columns + "(-2, 'failed.csv', 'UPLOAD', 'sysadmin', 'FAILED', now(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)");
        byte[] file = RegistryFiles.countyWithSchools("150000", "内蒙古自治区教育厅", "150102", "新城区教育局", 3).utf8();
        try (Database.Session other = Database.holding(columns + "(-1, 'other.csv', 'UPLOAD', 'schedule', 'QUEUED', now(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)")) {
            var upload = java.util.concurrent.CompletableFuture.supplyAsync(() -> operator.postBytes("api/sync/runs?name=nm.csv", file, "text/csv"));
            // The upload checks, finds no run going (the other is not committed), and inserts its own: that insert waits.
            String waiting = "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO sync_run %'";
            long waits = Eventually.value(Duration.ofSeconds(30), Duration.ofMillis(50), () -> Database.count(waiting), n -> n > 0 || upload.isDone());
            assertEquals(1, waits, "the upload's insert waits for the other instance's: " + (upload.isDone() ? upload.get() : ""));
            other.commit();
            Api.Reply refused = upload.get(1, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("sync.runInProgress", refused.json().getString("key"), refused.toString());

            Api.Reply resumed = operator.post("api/sync/runs/-2/resume", null);
            assertEquals(400, resumed.status(), resumed.toString());
            assertEquals("sync.runInProgress", resumed.json().getString("key"), resumed.toString());
        } finally {
            Database.execute("DELETE FROM sync_run WHERE id IN (-1, -2)");
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM sync_run WHERE file_name = 'nm.csv'"), "no second run");
    }

    @Test
    void aRunStoppedAfterItsFirstCheckpointResumesAndEndsAsAnUninterruptedRunWould() {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        // With the ITs' range of 1000 changes (eduinfo.sync.range-size), about 30 checkpoints.
        int schools = 30000;
        RegistryFiles shanxi = RegistryFiles.countyWithSchools("140000", "山西省教育厅", "140105", "小店区教育局", schools);
        long runId = Runs.id(Runs.upload(operator, "shanxi.csv", shanxi.utf8()));
        Runs.waitFor(operator, runId, r -> r.getInt("appliedCount") >= 1000 || !r.getBoolean("isActive"), java.time.Duration.ofMinutes(2));
        var stop = operator.post("api/sync/runs/" + runId + "/stop", null);
        assertEquals(200, stop.status(), "the run was still going after its first checkpoint: " + stop);
        JsonObject stopped = Runs.finished(operator, runId);
        assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
        assertTrue(stopped.getInt("appliedCount") < stopped.getInt("changeCount"), stopped.toString());

        Runs.resumedToTheEnd(operator, runId, "140000", "140105", schools);
    }

    private static JsonObject closureOf(jakarta.json.JsonArray changes, String code) {
        return changes.getValuesAs(JsonObject.class).stream().filter(c -> code.equals(c.getString("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not closed: " + changes));
    }

    private static String statusOf(jakarta.json.JsonArray units, String code) {
        return units.getValuesAs(JsonObject.class).stream().filter(u -> code.equals(u.getString("code")))
                .map(u -> u.getString("status")).findFirst().orElse("absent");
    }

    /** The superior hands out the account; its holder sets a password and personal information. */
    private static Api firstLogin(String base, Api superior, String orgCode, String username) {
        String initial = Fixtures.issue(superior, orgCode, username);
        Api first = Api.as(base, username, initial);
        assertEquals(200, first.post("api/me/password", "{\"current\":\"" + initial + "\",\"new\":\"Tianjin#2026\"}").status());
        Api holder = Api.as(base, username, "Tianjin#2026");
        assertEquals(200, holder.put("api/me/personal-info",
                "{\"realName\":\"李明\",\"position\":\"科长\",\"phone\":\"022-23301234\",\"email\":\"liming@example.cn\"}").status());
        return holder;
    }
}

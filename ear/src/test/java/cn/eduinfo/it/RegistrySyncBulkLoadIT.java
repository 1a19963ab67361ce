package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run that fills a tree for the first time is loaded in bulk (BulkLoad): its rows are those an ordinary run
 * writes, and the tables' indexes and keys come back as they were.
 */
class RegistrySyncBulkLoadIT extends ItBase {

    @Test
    void aRunThatFillsATreeLoadsItInBulkAndRebuildsTheSameIndexesAndKeys() {
        String base = base();
        Api operator = Api.demo(base, "sysadmin");
        // The county and its first two schools come by an ordinary run, added by statements from their change rows.
        RegistryFiles few = RegistryFiles.countyWithSchools("370000", "山东省教育厅", "370102", "历下区教育局", 2);
        assertEquals("COMPLETED", Runs.finished(operator, Runs.id(Runs.upload(operator, "shandong-q1.csv", few.utf8()))).getString("status"));
        // Then a load above the ITs' eduinfo.sync.bulk-load-adds (35,000) and more than the tree holds (the demo's: this
        // class's deployment cleaned the schema): applied as one range, indexes and keys built afresh; it also renames
        // the first school.
        int schools = 40000;
        RegistryFiles shandong = RegistryFiles.countyWithSchools("370000", "山东省教育厅", "370102", "历下区教育局", schools)
                .replace("2137000001", "2137000001", "历下区实验小学", "SCHOOL", "21", "370102", "370102", "ACTIVE", "", "2026-10-01");
        String definitions = "SELECT string_agg(d, ' | ' ORDER BY d) FROM (SELECT indexdef AS d FROM pg_indexes"
                + " WHERE tablename IN ('organisation', 'account', 'org_event') UNION ALL SELECT conrelid::regclass || ' '"
                + " || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint"
                + " WHERE conrelid IN ('organisation'::regclass, 'account'::regclass, 'org_event'::regclass)) t";
        String indexIds = "SELECT string_agg(indexrelid::text, ',' ORDER BY indexrelid) FROM pg_index"
                + " WHERE indrelid = 'organisation'::regclass AND NOT indisprimary";
        String definedBefore = Database.text(definitions);
        String builtBefore = Database.text(indexIds);

        JsonObject run = Runs.finished(operator, Runs.id(Runs.upload(operator, "shandong-q2.csv", shandong.utf8())));
        long runId = Runs.id(run);
        int added = schools - 2;
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertTrue(run.getBoolean("bulkLoad"), run.toString());
        assertEquals(added, run.getInt("added"));
        assertEquals(1, run.getInt("changed"));
        assertEquals(run.getInt("changeCount"), run.getInt("appliedCount"));

        // The foreign keys' check of the loaded rows follows the run's end (BulkLoad.checkKeys).
        assertEquals(definedBefore, Database.textOnceItReads(definitions, definedBefore, Duration.ofSeconds(30)),
                "every index and key is back as it was, validated");
        assertFalse(builtBefore.equals(Database.text(indexIds)), "the indexes were built afresh: " + builtBefore);
        assertEquals(schools, Database.count("SELECT COUNT(*) FROM organisation o JOIN organisation p ON p.id = o.parent_id"
                + " WHERE o.code LIKE '2137%' AND p.code = '370102' AND o.path = p.path || o.code || '/' AND o.depth = p.depth + 1"
                + " AND o.tier = p.tier"));
        assertEquals(schools, Database.count("SELECT COUNT(*) FROM account a JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE o.code LIKE '2137%' AND a.username = o.code || 'A1' AND a.enabled"));
        assertEquals(added, Database.count("SELECT COUNT(*) FROM org_event WHERE event_type = 'ADDED' AND run_id = " + runId));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM organisation o JOIN org_event e ON e.organisation_id = o.id"
                + " AND e.run_id = " + runId + " AND e.event_type = 'CHANGED' WHERE o.code = '2137000001' AND o.name = '历下区实验小学'"));
        Api moe = Api.demo(base, "000000A1");
        assertEquals("历下区教育局", moe.get("api/organisations/" + Fixtures.orgId(moe, "2137040000")).json().getString("parentName"),
                "the tree reads through the rebuilt indexes");
        theRowsAreThoseAnOrdinaryRunWrites(runId, "2137000002", added);
        theChangeSetListsTheAdditionsFromTheirEvents(operator, runId, added);
    }

    /**
     * A bulk load writes its additions by COPY from the change set it holds in memory (AddedRows), any other
     * run by statements from its change rows (RangeApplier): the same columns, accounts and events as
     * {@code reference}'s, a school an ordinary run added under the same county.
     */
    private static void theRowsAreThoseAnOrdinaryRunWrites(long runId, String reference, int added) {
        String bulk = " JOIN org_event e ON e.organisation_id = o.id AND e.run_id = " + runId + " AND e.event_type = 'ADDED'"
                + " JOIN organisation r ON r.code = '" + reference + "' JOIN org_event re ON re.organisation_id = r.id AND re.event_type = 'ADDED'";
        assertEquals(added, Database.count("SELECT COUNT(*) FROM organisation o" + bulk + " WHERE (o.kind, o.school_category,"
                + " o.moe_affiliated, o.parent_id, o.division_code, o.depth, o.tier, o.status, o.status_date, o.successor_id,"
                + " o.enrolment_suspended, o.version) IS NOT DISTINCT FROM (r.kind, r.school_category, r.moe_affiliated, r.parent_id,"
                + " r.division_code, r.depth, r.tier, r.status, r.status_date, r.successor_id, r.enrolment_suspended, r.version)"
                + " AND o.path = replace(r.path, r.code, o.code) AND o.name = '历下区第' || CAST(substr(o.code, 5) AS INT) || '小学'"), "units");
        assertEquals(added, Database.count("SELECT COUNT(*) FROM organisation o" + bulk + " WHERE e.effective = re.effective"
                + " AND e.recorded_by = 'registry-sync#' || e.run_id AND re.recorded_by = 'registry-sync#' || re.run_id"
                + " AND e.before_text IS NULL AND re.before_text IS NULL"
                + " AND e.after_text = o.name || ' · 370102 · ACTIVE' AND re.after_text = r.name || ' · 370102 · ACTIVE'"
                // The same moment as the run's rename, which a statement bound as JDBC binds a timestamp (CopyBinary encodes it).
                // (Not correlated with e: read once, not once per event.)
                + " AND e.recorded_at = (SELECT c.recorded_at FROM org_event c WHERE c.run_id = " + runId + " AND c.event_type = 'CHANGED')"),
                "events");
        assertEquals(added, Database.count("SELECT COUNT(*) FROM organisation o" + bulk + " JOIN account a ON a.organisation_id = o.id"
                + " JOIN account ra ON ra.organisation_id = r.id WHERE a.username = o.code || 'A1' AND ra.username = r.code || 'A1'"
                + " AND (a.role, a.password_hash, a.must_change_password, a.failed_attempts, a.locked_until, a.enabled, a.real_name,"
                + " a.position, a.phone, a.email, a.version) IS NOT DISTINCT FROM (ra.role, ra.password_hash, ra.must_change_password,"
                + " ra.failed_attempts, ra.locked_until, ra.enabled, ra.real_name, ra.position, ra.phone, ra.email, ra.version)"
                + " AND a.created_at = e.recorded_at AND ra.created_at = re.recorded_at"), "accounts");
        assertEquals(added, Database.count("SELECT COUNT(*) FROM account a JOIN organisation o ON o.id = a.organisation_id" + bulk),
                "one account per school");
    }

    /** Its additions are stored only as their units' events; the change set lists them from there, then its stored changes. */
    private static void theChangeSetListsTheAdditionsFromTheirEvents(Api operator, long runId, int added) {
        assertEquals(0, Database.count("SELECT COUNT(*) FROM sync_run_change WHERE run_id = " + runId + " AND change_type = 'ADD'"));
        Api.Reply firstAdds = operator.get("api/sync/runs/" + runId + "/changes?type=ADD&first=0&max=2");
        assertEquals(String.valueOf(added), firstAdds.headers().firstValue("X-Total-Count").orElse(""), firstAdds.toString());
        List<JsonObject> adds = firstAdds.array().getValuesAs(JsonObject.class);
        assertEquals(List.of(0, 1), adds.stream().map(c -> c.getInt("seq")).toList(), firstAdds.toString());
        assertEquals("2137000003", adds.get(0).getString("code"));
        assertEquals("历下区第3小学 · 370102 · ACTIVE", adds.get(0).getString("after"));
        assertTrue(adds.stream().allMatch(c -> "ADD".equals(c.getString("type")) && c.getBoolean("applied")), firstAdds.toString());

        Api.Reply boundary = operator.get("api/sync/runs/" + runId + "/changes?first=" + (added - 1) + "&max=5");
        assertEquals(String.valueOf(added + 1), boundary.headers().firstValue("X-Total-Count").orElse(""), boundary.toString());
        List<JsonObject> lines = boundary.array().getValuesAs(JsonObject.class);
        assertEquals(List.of(added - 1, added), lines.stream().map(c -> c.getInt("seq")).toList(), boundary.toString());
        assertEquals("2137040000", lines.get(0).getString("code"));
        assertEquals("CHANGE", lines.get(1).getString("type"));
        assertEquals("2137000001", lines.get(1).getString("code"));
        assertEquals("历下区实验小学 · 370102 · ACTIVE", lines.get(1).getString("after"), boundary.toString());

        Api.Reply changed = operator.get("api/sync/runs/" + runId + "/changes?type=CHANGE");
        assertEquals("1", changed.headers().firstValue("X-Total-Count").orElse(""), changed.toString());
        assertEquals(added, changed.array().getJsonObject(0).getInt("seq"), changed.toString());
    }
}

package cn.eduinfo.it;

import static cn.eduinfo.it.Reporting.act;
import static cn.eduinfo.it.Reporting.clock;
import static cn.eduinfo.it.Reporting.reason;
import static cn.eduinfo.it.Reporting.refused;
import static cn.eduinfo.it.Reporting.returned;
import static cn.eduinfo.it.Reporting.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.shared.SmtpSink;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole quarter of Hainan on the simulated clock (第十七~二十条), from the county window to the
 * national deadline: schools submit, a county reports by hand, the county deadline auto-reports the
 * rest, a prefecture returns a county whose time limit lapses, a withdrawal is requested, approved and
 * re-reported, the province reports, the MoE reads the national aggregate; then every deadline fires
 * again and nothing changes.
 */
class QuarterlyCycleScenarioIT extends ItBase {

    @Test
    void hainanRunsAWholeQuarter() throws Exception {
        try (SmtpSink mail = new SmtpSink()) {
            runTheQuarter(base(), mail);
        }
    }

    private void runTheQuarter(String base, SmtpSink mail) {
        Api xiuyingAdmin = Api.demo(base, "460105A1");
        Api xiuyingReviewer = Api.demo(base, "460105R1");
        Api haikouReviewer = Api.demo(base, "460100R1");
        long hainan = Fixtures.orgId(Api.demo(base, "460000A1"), "460000");
        long haikou = Fixtures.orgId(Api.demo(base, "460100A1"), "460100");
        long xiuying = Fixtures.orgId(xiuyingAdmin, "460105");
        long longhua = Fixtures.orgId(Api.demo(base, "460106A1"), "460106");
        long school = Fixtures.orgId(xiuyingAdmin, "2146000001");
        Api schoolAdmin = Api.demo(base, "2146000001A1");

        // The clock started after 2026Q3's deadlines: they were caught up at startup, once each.
        assertEquals(4, Database.count("SELECT COUNT(*) FROM deadline_run WHERE quarter_key = 20263"));
        assertTrue(Database.count("SELECT COUNT(*) FROM submission WHERE quarter_key = 20263 AND state = 'AUTO_REPORTED'") > 0);

        // The MoE extends a later quarter's county deadline (a holiday); nobody else may, and only later.
        String extension = "{\"deadline\":\"2027-04-08T00:00+08:00\",\"reason\":\"清明节假期顺延\"}";
        assertEquals(403, Api.demo(base, "460000A1").put("api/reporting/calendar/2027Q1/county", extension).status());
        assertEquals(403, Api.demo(base, "000000R1").put("api/reporting/calendar/2027Q1/county", extension).status());
        refused(Api.demo(base, "000000A1").put("api/reporting/calendar/2027Q1/county",
                "{\"deadline\":\"2027-04-03T00:00+08:00\",\"reason\":\"x\"}"), "reporting.extension.notLater");
        assertEquals(200, Api.demo(base, "000000A1").put("api/reporting/calendar/2027Q1/county", extension).status());
        assertTrue(xiuyingAdmin.get("api/reporting/calendar/2027Q1").body().contains("\"deadline\":\"2027-04-08T00:00+08:00\""));

        // 2027-01-03, the county window (days 1-5): a school confirms and submits; its data is then locked.
        assertEquals("2026Q4", Reporting.status(schoolAdmin, school).getString("quarter"));
        refused(schoolAdmin.post(Reporting.path(school) + "/submit", null), "reporting.send.noData");
        Reporting.confirmUnchanged(schoolAdmin, school);
        assertEquals("SUBMITTED", act(schoolAdmin, school, "submit", null).getString("state"));
        refused(schoolAdmin.post(Forms.path(school) + "/confirm-unchanged",
                "{\"rowVersion\":" + Forms.read(schoolAdmin, school).getInt("rowVersion") + "}"), "reporting.edit.locked");
        refused(xiuyingAdmin.post(Reporting.path(school) + "/accept", null), "reporting.review.notReviewer");
        assertEquals(403, schoolAdmin.get(Reporting.path(xiuying)).status(), "a school does not see its county's quarter");
        var ofRecord = xiuyingReviewer.get("api/stats/" + Reporting.QUARTER + "/SCHOOL?indicators=S0201&by=county&asReported=true");
        assertEquals(200, ofRecord.status(), ofRecord.toString());
        assertEquals(1, ofRecord.array().getJsonObject(0).getJsonNumber("units").longValue(), "of record: the one school that sent its data");

        // The county chases its other schools, then reports by hand despite them (they go at the deadline).
        List<JsonObject> schools = xiuyingReviewer.get(Reporting.path(xiuying) + "/subordinates").array().getValuesAs(JsonObject.class);
        long open = schools.stream().filter(s -> !s.getString("state").equals("SUBMITTED")).count();
        assertEquals(schools.size() - 1, open);
        JsonObject submitted = schools.stream().filter(l -> l.getString("state").equals("SUBMITTED")).findFirst().orElseThrow();
        assertEquals(0, submitted.getInt("changed"), "confirmed unchanged: no value differs from last quarter");
        assertEquals(open, act(xiuyingReviewer, xiuying, "chase", null).getInt("notified"));
        Reporting.confirmUnchanged(xiuyingAdmin, xiuying);
        refused(xiuyingReviewer.post(Reporting.path(xiuying) + "/report", null), "reporting.report.pending");
        JsonObject reported = ok(xiuyingReviewer.post(Reporting.path(xiuying) + "/report?despitePending=true", null));
        assertEquals("REPORTED", reported.getString("state"));
        assertEquals(open, reported.getJsonArray("pending").size());

        // 2027-01-06 00:00:30: the county deadline has passed; the rest of the tier is auto-reported, bottom-up.
        JsonObject ran = clock(base, "2027-01-06T00:00:30");
        assertTrue(ran.getJsonArray("deadlines").toString().contains("\"tier\":\"COUNTY\""), ran.toString());
        assertTrue(ran.getInt("autoReported") >= open, ran.toString());
        assertEquals("REPORTED", state(xiuyingReviewer, xiuying), "reported by hand stays so");
        assertEquals("SUBMITTED", state(xiuyingReviewer, school));
        long otherSchool = schools.stream().filter(s -> !s.getString("state").equals("SUBMITTED")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject auto = Reporting.status(xiuyingReviewer, otherSchool);
        assertEquals("AUTO_REPORTED", auto.getString("state"));
        JsonObject last = auto.getJsonArray("timeline").getJsonObject(auto.getJsonArray("timeline").size() - 1);
        assertEquals("AUTO_REPORT", last.getString("action"));
        assertEquals("system", last.getString("actor"));
        assertEquals("AUTO_REPORTED", state(haikouReviewer, longhua));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM submission WHERE quarter_key = 20264 AND tier = 'COUNTY'"
                + " AND state IN ('NOT_STARTED', 'DRAFT')"), "no county-tier unit is left open");

        // Days 6-10, the prefecture window: Haikou returns 龙华区 with a time limit that lapses.
        JsonObject back = act(haikouReviewer, longhua, "return", returned("学校数与上季度不符，请核实", "2027-01-07T12:00+08:00"));
        assertEquals("RETURNED", back.getString("state"));
        assertEquals("学校数与上季度不符，请核实", back.getString("returnReason"));
        assertTrue(Api.demo(base, "460106A1").get("api/notifications").body().contains("RETURNED"));
        assertTrue(mail.awaitTo("460106a1@demo.edu.cn", java.time.Duration.ofSeconds(30)).data().contains("Subject:"),
                "the return is also e-mailed to the county's administrator (the server has a mail session)");
        refused(haikouReviewer.post(Reporting.path(longhua) + "/return", returned("x", "2027-01-30T12:00+08:00").toString()),
                "reporting.review.notSent");
        JsonObject lapsed = clock(base, "2027-01-07T12:00:30");
        assertEquals(1, lapsed.getInt("lapsedReturns"), lapsed.toString());
        JsonObject reReported = Reporting.status(haikouReviewer, longhua);
        assertEquals("AUTO_REPORTED", reReported.getString("state"));
        assertTrue(reReported.getJsonArray("timeline").toString().contains("\"action\":\"RETURN\""));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM report_history h JOIN submission s ON s.id = h.submission_id"
                + " WHERE s.org_id = " + longhua), "the report as sent is kept");

        // 秀英区 asks to withdraw its report; Haikou approves (a return), the county corrects and re-reports.
        refused(xiuyingReviewer.post(Reporting.path(xiuying) + "/withdrawal", reason(" ").toString()), "reporting.reason.required");
        assertEquals("WITHDRAWAL_REQUESTED", act(xiuyingReviewer, xiuying, "withdrawal", reason("漏报了一所新建学校")).getString("state"));
        assertTrue(haikouReviewer.get(Reporting.path(haikou) + "/withdrawals").body().contains("\"outcome\":\"PENDING\""));
        refused(xiuyingAdmin.post(Forms.path(xiuying) + "/confirm-unchanged",
                "{\"rowVersion\":" + Forms.read(xiuyingAdmin, xiuying).getInt("rowVersion") + "}"), "reporting.edit.withdrawalPending");
        JsonObject approved = act(haikouReviewer, xiuying, "withdrawal/approve",
                jakarta.json.Json.createObjectBuilder().add("limit", "2027-01-09T18:00+08:00").build());
        assertEquals("RETURNED", approved.getString("state"));
        Reporting.confirmUnchanged(xiuyingAdmin, xiuying);
        assertEquals("REPORTED", act(xiuyingReviewer, xiuying, "report", null).getString("state"));
        JsonObject withdrawal = xiuyingReviewer.get(Reporting.path(xiuying) + "/withdrawals").array().getJsonObject(0);
        assertEquals("OUT", withdrawal.getString("direction"));
        assertEquals("APPROVED", withdrawal.getString("outcome"));
        assertEquals("460100R1", withdrawal.getString("decidedBy"));

        // Two days before the prefecture deadline: a reminder to every prefecture-tier unit not yet in.
        JsonObject reminded = clock(base, "2027-01-09T10:00");
        assertTrue(reminded.getInt("reminders") > 0, reminded.toString());
        assertTrue(Api.demo(base, "460100A1").get("api/notifications").body().contains("REMINDER"));
        // E-mailed too, to Haikou's administrator and reviewer (the accounts that gave an address), over one connection.
        SmtpSink.Mail toAdministrator = mail.awaitTo("460100a1@demo.edu.cn", java.time.Duration.ofSeconds(30));
        SmtpSink.Mail toReviewer = mail.awaitTo("460100r1@demo.edu.cn", java.time.Duration.ofSeconds(30));
        assertEquals(toAdministrator.connection(), toReviewer.connection(), "the reminder's e-mails share one connection");

        // Haikou confirms its own form and reports; having reported, it can no longer return a county, and is told so.
        Reporting.confirmUnchanged(Api.demo(base, "460100A1"), haikou);
        assertEquals("REPORTED", ok(haikouReviewer.post(Reporting.path(haikou) + "/report?despitePending=true", null)).getString("state"));
        refused(haikouReviewer.post(Reporting.path(xiuying) + "/return", returned("再核实", "2027-01-10T12:00+08:00").toString()),
                "reporting.return.superiorReported");

        // Days 11-15: the province reports; at the national deadline everything is in.
        clock(base, "2027-01-11T09:00");
        Reporting.confirmUnchanged(Api.demo(base, "460000A1"), hainan);
        assertEquals("REPORTED", ok(Api.demo(base, "460000R1").post(Reporting.path(hainan) + "/report?despitePending=true", null))
                .getString("state"));
        JsonObject end = clock(base, "2027-01-21T00:00:30");
        assertTrue(end.getJsonArray("deadlines").toString().contains("NATIONAL"), end.toString());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM submission WHERE quarter_key = 20264 AND state IN ('NOT_STARTED', 'DRAFT', 'RETURNED')"));

        // The MoE reads the national aggregate of record: Hainan's schools as reported.
        var stats = Api.demo(base, "000000I1").get("api/stats/" + Reporting.QUARTER + "/SCHOOL?indicators=S0201&by=province&asReported=true");
        assertEquals(200, stats.status(), stats.toString());
        JsonObject hainanTotal = stats.array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("460000")).findFirst().orElseThrow();
        BigDecimal expected = new BigDecimal(Database.text("SELECT SUM(CAST(f.form_values ->> 'S0201' AS NUMERIC)) FROM form_data f"
                + " JOIN organisation o ON o.id = f.organisation_id WHERE f.quarter = 20264 AND f.form_kind = 'SCHOOL'"
                + " AND o.path LIKE '/000000/460000/%'"));
        assertEquals(0, expected.compareTo(hainanTotal.getJsonArray("sums").getJsonNumber(0).bigDecimalValue()), hainanTotal.toString());

        // Every deadline fires again (the clock set back, then forward over them all): nothing changes.
        String before = fingerprint();
        clock(base, "2027-01-03T10:00");
        JsonObject again = clock(base, "2027-01-21T00:00:30");
        assertEquals(0, again.getJsonArray("deadlines").size(), again.toString());
        assertEquals(0, again.getInt("autoReported"));
        assertEquals(before, fingerprint(), "firing every deadline a second time changes nothing");
        assertFalse(again.toString().contains("COUNTY"));
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** The quarter's submissions, timelines, kept reports and auto-report audit rows. */
    private static String fingerprint() {
        return Database.text("SELECT md5(string_agg(s.id || s.state || s.version, ',' ORDER BY s.id)) FROM submission s")
                + Database.count("SELECT COUNT(*) FROM submission_transition")
                + "/" + Database.count("SELECT COUNT(*) FROM report_history")
                + "/" + Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'AUTO_REPORTED'");
    }
}

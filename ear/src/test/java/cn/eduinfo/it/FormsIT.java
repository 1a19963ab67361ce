package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.reporting.Quarter;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling in the quarterly form through the API (第十五、十六条): checks, history, conflicts, Excel, scope. */
class FormsIT extends ItBase {

    private static final String SCRIPT = "<script>alert(1)</script>' OR 1=1; --";

    @Test
    void anAdministratorSavesItsFormAndEveryChangedValueIsKept() {
        Api county = Api.demo(base(), "460105A1");
        long id = Fixtures.orgId(county, "460105");
        JsonObject form = Forms.read(county, id);
        assertEquals("NONE", form.getString("status"));
        assertEquals(0, form.getInt("rowVersion"));
        assertEquals(Forms.value(form, "A0101"), form.getJsonObject("previous").getString("A0101"), "prefilled from the last report");
        String countyDeadline = Quarter.parse(form.getString("quarter")).reportingMonthStart().plusDays(5) + "T00:00+08:00";
        assertEquals(countyDeadline, form.getJsonObject("window").getString("deadline"), "a county reports by the 5th (第十八条)");

        long schools = Forms.number(form, "values", "A0101") + 3;
        var script = county.put(Forms.path(id), Forms.changed(form, Map.of("A0101", Long.toString(schools), "A0905", SCRIPT), Map.of()));
        assertEquals(400, script.status(), script.toString());
        assertTrue(script.body().contains("\"indicator\":\"A0905\"") && script.body().contains("form.value.markup"), script.body());
        assertEquals(0, Forms.read(county, id).getInt("rowVersion"), "nothing stored");
        var saved = county.put(Forms.path(id), Forms.changed(form, Map.of("A0101", Long.toString(schools), "A0905", "已完成等级保护测评；无安全事件。"), Map.of()));
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.json().getBoolean("saved"));

        JsonObject back = Forms.read(county, id);
        assertEquals("UPDATED", back.getString("status"));
        assertEquals(Long.toString(schools), Forms.value(back, "A0101"));
        assertEquals("已完成等级保护测评；无安全事件。", Forms.value(back, "A0905"));
        var history = county.get(Forms.path(id) + "/history/A0101").array();
        assertEquals(1, history.size(), history.toString());
        assertEquals(Long.toString(schools), history.getJsonObject(0).getString("newValue"));
        assertEquals("460105A1", history.getJsonObject(0).getString("by"));
        assertEquals("API", history.getJsonObject(0).getString("via"));
        assertEquals("[]", county.get(Forms.path(id) + "/history/A0201").body(), "unchanged values leave no history");
    }

    @Test
    void wrongValuesAreRefusedWithAMessageOnEachFieldAndNothingIsStored() {
        Api county = Api.demo(base(), "460106A1");
        long id = Fixtures.orgId(county, "460106");
        JsonObject form = Forms.read(county, id);
        String body = Forms.changed(form, Map.of("A0101", "abc", "A0201", "-3", "A0905", "字".repeat(10_000),
                "A0103", Long.toString(Forms.number(form, "values", "A0102") + 100)), Map.of());

        var refused = county.put(Forms.path(id), body);
        assertEquals(400, refused.status(), refused.toString());
        assertFalse(refused.json().getBoolean("saved"));
        String findings = refused.json().getJsonArray("findings").toString();
        for (String code : new String[]{"A0101", "A0201", "A0905", "A0103"}) {
            assertTrue(findings.contains("\"indicator\":\"" + code + "\""), code + " in " + findings);
        }
        assertTrue(findings.contains("不能为负数"), findings);
        assertTrue(county.inLanguage("en").put(Forms.path(id), body).body().contains("Cannot be negative"), "in the caller's language");

        JsonObject after = Forms.read(county, id);
        assertEquals(form.getInt("rowVersion"), after.getInt("rowVersion"), "nothing stored");
        assertEquals(Forms.value(form, "A0101"), Forms.value(after, "A0101"));
    }

    @Test
    void aLargeChangeAgainstLastQuarterIsSavedOnlyWithAnExplanation() {
        Api county = Api.demo(base(), "460100A1");
        long id = Fixtures.orgId(county, "460100");
        JsonObject form = Forms.read(county, id);
        String tripled = Long.toString(Forms.number(form, "previous", "A0201") * 3 + 100);

        var asked = county.put(Forms.path(id), Forms.changed(form, Map.of("A0201", tripled), Map.of()));
        assertEquals(400, asked.status(), asked.toString());
        assertTrue(asked.body().contains("\"severity\":\"EXPLAIN\"") && asked.body().contains("form.check.bigChange"), asked.body());

        var explained = county.put(Forms.path(id), Forms.changed(form, Map.of("A0201", tripled), Map.of("A0201", "新建教学楼投入使用")));
        assertEquals(200, explained.status(), explained.toString());
        assertEquals("新建教学楼投入使用", Forms.read(county, id).getJsonObject("explanations").getString("A0201"));
    }

    @Test
    void confirmingUnchangedCarriesLastQuarterAndCountsAsAConfirmation() {
        Api school = Api.demo(base(), "2146000001A1");
        long id = Fixtures.orgId(school, "2146000001");
        JsonObject form = Forms.read(school, id);

        var confirmed = school.post(Forms.path(id) + "/confirm-unchanged", "{\"rowVersion\":0}");
        assertEquals(200, confirmed.status(), confirmed.toString());
        JsonObject back = Forms.read(school, id);
        assertEquals("CONFIRMED_UNCHANGED", back.getString("status"));
        assertEquals(form.getJsonObject("previous"), back.getJsonObject("values"));
    }

    @Test
    void theSecondOfTwoSavesFromTheSameReadingGetsAConflictAndTheFirstIsKept() {
        Api first = Api.demo(base(), "460000A1");
        Api second = Api.demo(base(), "460000A1");
        long id = Fixtures.orgId(first, "460000");
        JsonObject form = Forms.read(first, id);
        String one = Long.toString(Forms.number(form, "values", "A0101") + 1);
        String two = Long.toString(Forms.number(form, "values", "A0101") + 2);

        assertEquals(200, first.put(Forms.path(id), Forms.changed(form, Map.of("A0101", one), Map.of())).status());
        var late = second.put(Forms.path(id), Forms.changed(form, Map.of("A0101", two), Map.of()));
        assertEquals(409, late.status(), late.toString());
        assertEquals("form.conflict", late.json().getString("key"));
        assertEquals(one, Forms.value(Forms.read(first, id), "A0101"));
    }

    @Test
    void formsAreReadInTheSubtreeAndWrittenOnlyByTheUnitsOwnAdministrator() {
        String base = base();
        long xiuying = Fixtures.orgId(Api.demo(base, "460105A1"), "460105");
        JsonObject form = Forms.read(Api.demo(base, "460100I1"), xiuying);
        String body = Forms.changed(form, Map.of(), Map.of());

        for (String other : new String[]{"460100I1", "460105R1", "460100A1", "460000A1"}) {
            assertEquals(403, Api.demo(base, other).put(Forms.path(xiuying), body).status(), other + " may not write Xiuying's form");
        }
        assertEquals(403, Api.demo(base, "4111010001A1").get(Forms.path(xiuying)).status(), "outside the subtree");
        assertEquals(403, Api.demo(base, "460106A1").get(Forms.path(xiuying)).status(), "a sibling county");
        assertEquals(403, Api.demo(base, "460105A1").get("api/forms/999999999/current").status(), "an unknown unit");
        assertEquals(400, Api.demo(base, "460105A1").get("api/forms/" + xiuying + "/2026Q5").status());
        assertEquals(400, Api.demo(base, "460105A1").get("api/forms/" + xiuying + "/2099Q1").status(), "the future is not filled in");
        assertEquals(401, Api.anonymous(base).get(Forms.path(xiuying)).status());
    }

    @Test
    void anExcelTemplateRoundTripsAndBadTemplatesAreRefusedWithoutStoringAnything() throws Exception {
        String base = base();
        Api county = Api.demo(base, "000000A1");
        long id = Fixtures.orgId(county, "000000");
        JsonObject form = Forms.read(county, id);
        var template = county.get(Forms.path(id) + "/template.xlsx");
        assertEquals(200, template.status(), template.toString());
        String schools = Long.toString(Forms.number(form, "values", "A0101") + 2);

        var wrong = county.postBytes(Forms.path(id) + "/upload?rowVersion=0", Forms.filled(template.bytes(), "A0101", "abc"), "application/octet-stream");
        assertEquals(400, wrong.status(), wrong.toString());
        assertTrue(wrong.body().matches("(?s).*\"cell\":\"G\\d+\".*"), "the finding names its cell: " + wrong.body());

        long longhua = Fixtures.orgId(Api.demo(base, "460106A1"), "460106");
        byte[] foreign = Api.demo(base, "460106A1").get(Forms.path(longhua) + "/template.xlsx").bytes();
        assertEquals("form.workbook.otherOrganisation", county.postBytes(Forms.path(id) + "/upload?rowVersion=0", foreign, "application/octet-stream").json().getString("key"));
        byte[] lastQuarters = county.get("api/forms/" + id + "/" + Quarter.parse(form.getString("quarter")).previous() + "/template.xlsx").bytes();
        assertEquals("form.workbook.otherQuarter", county.postBytes(Forms.path(id) + "/upload?rowVersion=0", lastQuarters, "application/octet-stream").json().getString("key"));
        assertEquals(400, county.postBytes(Forms.path(id) + "/upload?rowVersion=0", "code,name\n1,2\n".getBytes(), "text/csv").status());
        byte[] corrupt = java.util.Arrays.copyOf(template.bytes(), template.bytes().length / 2);
        assertEquals(400, county.postBytes(Forms.path(id) + "/upload?rowVersion=0", corrupt, "application/octet-stream").status());
        assertEquals(0, Forms.read(county, id).getInt("rowVersion"), "nothing stored by a refused file");

        var uploaded = county.postBytes(Forms.path(id) + "/upload?rowVersion=0", Forms.filled(template.bytes(), "A0101", schools), "application/octet-stream");
        assertEquals(200, uploaded.status(), uploaded.toString());
        assertEquals(schools, Forms.value(Forms.read(county, id), "A0101"));
        assertEquals("EXCEL", county.get(Forms.path(id) + "/history/A0101").array().getJsonObject(0).getString("via"));
    }

    @Test
    void theMoeMakesANewCatalogueVersionFromALaterQuarterAndEarlierQuartersKeepTheirs() {
        String base = base();
        Api moe = Api.demo(base, "000000A1");
        assertEquals(3, moe.get("api/catalogue").array().size(), "version 1 of three forms");
        var export = moe.get("api/catalogue/SCHOOL/1.xlsx");
        assertEquals(200, export.status(), export.toString());
        Api school = Api.demo(base, "2146000001A1");
        long id = Fixtures.orgId(school, "2146000001");
        String current = Forms.read(school, id).getString("quarter");
        String next = Quarter.parse(current).next().toString();

        assertEquals(403, Api.demo(base, "460000A1").postBytes("api/catalogue/SCHOOL?from=" + next, export.bytes(), "application/octet-stream").status());
        assertEquals("form.catalogue.otherForm", moe.postBytes("api/catalogue/HEI?from=" + next, export.bytes(), "application/octet-stream").json().getString("key"));
        assertEquals(400, moe.postBytes("api/catalogue/SCHOOL?from=2019Q3", export.bytes(), "application/octet-stream").status());
        assertEquals(400, moe.postBytes("api/catalogue/SCHOOL?from=" + next, "not a workbook".getBytes(), "application/octet-stream").status());

        var created = moe.postBytes("api/catalogue/SCHOOL?from=" + next, export.bytes(), "application/octet-stream");
        assertEquals(200, created.status(), created.toString());
        assertEquals(2, created.json().getInt("number"));
        assertEquals(next, created.json().getString("validFrom"));
        assertEquals(1, Forms.read(school, id).getInt("formVersion"), current + " keeps the version it is filled under");
        assertEquals(400, moe.postBytes("api/catalogue/SCHOOL?from=" + current, export.bytes(), "application/octet-stream").status(),
                "a version cannot start where one already does or before");

        // On screen (through the same API): retire an indicator, then add one, each from a later quarter.
        Quarter later = Quarter.parse(next).next();
        int before = created.json().getInt("indicators");
        assertEquals(403, Api.demo(base, "460000A1").post("api/catalogue/SCHOOL/retire?from=" + later + "&code=S0105", null).status());
        var retired = moe.post("api/catalogue/SCHOOL/retire?from=" + later + "&code=S0105", null);
        assertEquals(200, retired.status(), retired.toString());
        assertEquals(before - 1, retired.json().getInt("indicators"));
        assertEquals(400, moe.post("api/catalogue/SCHOOL/retire?from=" + later.next() + "&code=S0201", null).status(),
                "a formula or rule still names it");
        var added = moe.post("api/catalogue/SCHOOL/indicators?from=" + later.next(), "{\"code\":\"S9901\",\"section\":\"CYBERSECURITY\","
                + "\"nameZh\":\"网络安全培训人次\",\"nameEn\":\"Cyber-security training attendances\",\"unit\":\"人次\","
                + "\"type\":\"INTEGER\",\"min\":0,\"required\":false}");
        assertEquals(200, added.status(), added.toString());
        assertEquals(4, added.json().getInt("number"));
        assertEquals(before, added.json().getInt("indicators"));
    }

    @Test
    void anApiClientSignsInOnceAndIsRecognisedByItsSessionCookie() {
        String base = base();
        Api signedIn = Api.session(base, "460105A1", Api.DEMO_PASSWORD);
        assertEquals("460105", signedIn.get("api/organisations/mine").json().getString("code"));
        assertEquals(200, signedIn.put("api/echo", "{\"a\":1}").status());
        assertEquals(204, signedIn.delete("api/session").status());
        assertEquals(401, signedIn.get("api/organisations/mine").status(), "signed out");
        assertEquals(401, Api.as(base, "460105A1", "wrong").post("api/session", null).status());
    }

    @Test
    void theTierCalendarGivesEachTiersWindowInBeijingTime() {
        Api county = Api.demo(base(), "460105A1");
        var windows = county.get("api/reporting/calendar/2026Q3").array().getValuesAs(JsonObject.class);
        assertEquals("2026-10-01T00:00+08:00", windows.get(0).getString("start"));
        assertEquals("COUNTY", windows.get(0).getString("tier"));
        assertEquals("2026-10-06T00:00+08:00", windows.get(0).getString("deadline"));
        assertEquals("2026-10-11T00:00+08:00", windows.get(1).getString("deadline"));
        assertEquals("2026-10-16T00:00+08:00", windows.get(2).getString("deadline"), "provinces and MoE universities by the 15th");
        assertEquals("2027-01-06T00:00+08:00", county.get("api/reporting/calendar/2026Q4").array().getJsonObject(0).getString("deadline"));
        assertEquals(400, county.get("api/reporting/calendar/2026Q9").status());
    }

    @Test
    void theReadApiIsDescribedByOpenApi() {
        var doc = Api.anonymous(serverRoot()).get("openapi");
        assertEquals(200, doc.status(), doc.toString());
        assertTrue(doc.body().contains("/forms/{org}/{quarter}"), doc.body().substring(0, Math.min(2000, doc.body().length())));
        assertTrue(doc.body().contains("X-Total-Count"), "the change set's pages say their whole length");
    }
}

package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.reporting.Quarter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator opens a quarter for every unit at once; superiors read their subtree's totals. */
class QuarterOpeningAndStatisticsIT extends ItBase {

    @Test
    void openingAQuarterGivesEveryActiveUnitItsPrefilledFormOnce() {
        String base = base();
        Api school = Api.demo(base, "2146000001A1");
        long id = Fixtures.orgId(school, "2146000001");
        String quarter = Forms.read(school, id).getString("quarter");
        Api operator = Api.demo(base, "sysadmin");

        assertEquals(403, Api.demo(base, "460000A1").post("api/quarters/" + quarter + "/open", null).status());
        var opened = operator.post("api/quarters/" + quarter + "/open", null);
        assertEquals(200, opened.status(), opened.toString());
        assertEquals(Database.count("SELECT COUNT(*) FROM organisation WHERE status = 'ACTIVE'"), opened.json().getInt("written"));
        assertEquals(0, operator.post("api/quarters/" + quarter + "/open", null).json().getInt("written"), "opening twice writes nothing");

        JsonObject form = Forms.read(school, id);
        assertEquals("NONE", form.getString("status"));
        assertEquals(1, form.getInt("rowVersion"));
        assertEquals(form.getJsonObject("previous"), form.getJsonObject("values"), "prefilled with what it last reported");
        var saved = school.put(Forms.path(id), Forms.changed(form, Map.of(), Map.of()));
        assertEquals(200, saved.status(), saved.toString());
    }

    @Test
    void superiorsReadTheirSubtreesTotalsByProvinceAndByCounty() {
        String base = base();
        Api county = Api.demo(base, "460105A1");
        long xiuying = Fixtures.orgId(county, "460105");
        String quarter = Quarter.parse(Forms.read(county, xiuying).getString("quarter")).previous().toString();
        String path = "api/stats/" + quarter + "/SCHOOL?indicators=S0201,S0202&by=";

        JsonArray byCounty = Api.demo(base, "460000I1").get(path + "county").array();
        JsonObject xiuyingTotal = byCounty.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals("460105"))
                .findFirst().orElseThrow(() -> new AssertionError(byCounty.toString()));
        BigDecimal classrooms = BigDecimal.ZERO;
        long schools = 0;
        for (JsonObject child : county.get("api/organisations/" + xiuying + "/children").array().getValuesAs(JsonObject.class)) {
            // Schools and teaching points fill the school form.
            if (child.getString("kind").equals("SCHOOL") || child.getString("kind").equals("TEACHING_POINT")) {
                var reply = county.get("api/forms/" + child.getJsonNumber("id") + "/" + quarter);
                assertEquals(200, reply.status(), reply.toString());
                classrooms = classrooms.add(new BigDecimal(reply.json().getJsonObject("values").getString("S0201")));
                schools++;
            }
        }
        assertEquals(schools, xiuyingTotal.getJsonNumber("units").longValue());
        assertEquals(0, classrooms.compareTo(xiuyingTotal.getJsonArray("sums").getJsonNumber(0).bigDecimalValue()), xiuyingTotal.toString());

        // By prefecture-level area: 海口, 三亚…, and each province-direct county (4690xx) on its own line; the same forms.
        List<JsonObject> byPrefecture = Api.demo(base, "460000I1").get(path + "prefecture").array().getValuesAs(JsonObject.class);
        List<String> areas = byPrefecture.stream().map(t -> t.getString("code")).toList();
        assertTrue(areas.containsAll(List.of("460100", "460200", "469001")) && areas.stream().allMatch(c -> c.length() == 6), areas.toString());
        assertEquals(units(byCounty.getValuesAs(JsonObject.class)), units(byPrefecture));

        JsonArray own = Api.demo(base, "460105I1").get(path + "county").array();
        assertEquals(1, own.size(), "a county sees its own totals only: " + own);
        JsonArray byProvince = Api.demo(base, "000000I1").get(path + "province").array();
        assertTrue(byProvince.toString().contains("\"code\":\"460000\""), byProvince.toString());

        Api province = Api.demo(base, "460000I1");
        assertEquals(400, province.get("api/stats/" + quarter + "/SCHOOL?indicators=S0102&by=county").status(), "a list is not summed");
        assertEquals(400, province.get("api/stats/" + quarter + "/SCHOOL?indicators=&by=county").status());
        assertEquals(400, province.get("api/stats/" + quarter + "/SCHOOL?indicators=S0201&by=city").status());
        assertEquals(400, province.get("api/stats/" + quarter + "/SCHOOL?indicators=S0201');DROP%20TABLE%20form_data;--&by=county").status());
        assertEquals(403, Api.demo(base, "sysadmin").get(path + "county").status(), "platform staff do not read the data");
    }

    /**
     * A province's inspector sums, on the statistics page, what its schools reported for the last quarter by county:
     * the same areas, forms and sums as the data sharing API gives, and their total; with nothing ticked, the page
     * says what to do and keeps the table it showed, with its indicators ticked.
     */
    @Test
    void anInspectorSumsTheProvincesSchoolsByCountyOnScreenAsTheApiDoes() {
        String base = base();
        Api county = Api.demo(base, "460105A1");
        String quarter = Quarter.parse(Forms.read(county, Fixtures.orgId(county, "460105")).getString("quarter")).previous().toString();
        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "460000I1", Api.DEMO_PASSWORD);
                browser.click("#nav-stats");
                browser.find("#stats\\:totals");
                assertEquals("按地市", browser.text("#stats\\:by_label"), "a province sees its prefectures first");
                browser.chooseReplacing("#stats\\:quarter", quarter, "#stats\\:totals");
                browser.choose("#stats\\:by", "按县（直接上级）");
                browser.clickReplacing("#stats\\:show", "#stats\\:totals");
                browser.waitForText("#stats\\:totals", "合计");
                browser.screenshot("15-statistics-by-county");

                List<String> headers = browser.texts("#stats\\:totals thead th");
                List<String> codes = headers.subList(3, headers.size()).stream().map(h -> h.split(" ")[0]).toList();
                assertEquals(3, codes.size(), "the form's first three summable indicators: " + headers);
                List<JsonObject> api = Api.demo(base, "460000I1").get("api/stats/" + quarter + "/SCHOOL?by=county&indicators="
                        + String.join(",", codes)).array().getValuesAs(JsonObject.class);
                List<String> cells = browser.texts("#stats\\:totals tbody td");
                List<List<String>> rows = new ArrayList<>();
                for (int from = 0; from < cells.size(); from += headers.size()) {
                    rows.add(cells.subList(from, from + headers.size()));
                }
                assertTrue(api.size() > 1, "the province's counties: " + api);
                assertEquals(api.size() + 1, rows.size(), "each county, then the total: " + rows);
                long forms = 0;
                BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
                for (int r = 0; r < api.size(); r++) {
                    JsonObject area = api.get(r);
                    List<String> expected = new ArrayList<>(List.of(area.getString("code"), area.getString("name"),
                            String.valueOf(area.getJsonNumber("units").longValue())));
                    for (int i = 0; i < 3; i++) {
                        BigDecimal sum = area.getJsonArray("sums").getJsonNumber(i).bigDecimalValue();
                        expected.add(sum.toPlainString());
                        total[i] = total[i].add(sum);
                    }
                    forms += area.getJsonNumber("units").longValue();
                    assertEquals(expected, rows.get(r));
                }
                assertEquals(List.of("", "合计", String.valueOf(forms), total[0].toPlainString(), total[1].toPlainString(),
                        total[2].toPlainString()), rows.get(api.size()));

                // The export is the table shown, even with another grouping picked and not yet summed.
                browser.choose("#stats\\:by", "按省");
                browser.click("#stats\\:export");
                List<List<String>> workbook = Workbooks.rows(browser.downloaded("statistics-" + quarter + "-SCHOOL-county.xlsx"));
                assertTrue(workbook.get(0).get(0).contains(quarter) && workbook.get(0).get(0).contains("按县（直接上级）汇总"),
                        "says what was summed: " + workbook.get(0));
                assertEquals(headers, workbook.get(1));
                assertEquals(rows.stream().map(QuarterOpeningAndStatisticsIT::asNumbers).toList(),
                        workbook.subList(2, workbook.size()).stream().map(QuarterOpeningAndStatisticsIT::asNumbers).toList());

                browser.click("#stats\\:indicator-choice legend");
                while (browser.count("#stats\\:indicators .ui-chkbox-box.ui-state-active") > 0) {
                    browser.click("#stats\\:indicators .ui-chkbox-box.ui-state-active");
                }
                browser.click("#stats\\:show");
                browser.waitForText("#messages", "请选择 1 至 20 个指标");
                assertEquals(cells, browser.texts("#stats\\:totals tbody td"), "the totals shown before");
                assertTrue(browser.text("#stats\\:indicator-choice legend").endsWith("已选 3"), "and their indicators ticked again");
                assertEquals("按县（直接上级）", browser.text("#stats\\:by_label"), "and their grouping picked again");
                browser.screenshot("16-statistics-nothing-ticked");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    private static long units(List<JsonObject> totals) {
        return totals.stream().mapToLong(t -> t.getJsonNumber("units").longValue()).sum();
    }

    /** A line of totals with its numbers (forms, sums) compared as numbers: the page may show 12.50 where the workbook holds 12.5. */
    private static List<String> asNumbers(List<String> line) {
        List<String> cells = new ArrayList<>(line.subList(0, 2));
        line.subList(2, line.size()).forEach(n -> cells.add(new BigDecimal(n).stripTrailingZeros().toPlainString()));
        return cells;
    }
}

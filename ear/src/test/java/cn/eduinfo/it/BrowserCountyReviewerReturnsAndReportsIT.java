package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In 2026Q4's county window (the ITs' simulated clock starts on 2027-01-03 10:00): a school of 秀英区 submits;
 * the county's reviewer returns it on the review page with a reason and a time limit, then reports the
 * county on its quarter page: warned about the schools still out, it reports anyway (仍然上报).
 */
class BrowserCountyReviewerReturnsAndReportsIT extends ItBase {

    private static final String QUARTER = "2026Q4";
    private static final String REASON = "在校生数与学籍系统不一致，请核实后重新提交";

    @Test
    void theCountyReviewerReturnsASchoolAndReportsAnyway() {
        String base = base();
        Api countyAdmin = Api.demo(base, "460105A1");
        Api countyReviewer = Api.demo(base, "460105R1");
        long xiuying = Fixtures.orgId(countyAdmin, "460105");
        // The demo school of 秀英区 (its administrator has the demo password), found among the county's children.
        String code = "2146000001";
        long schoolId = countyAdmin.get("api/organisations/" + xiuying + "/children").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api schoolAdmin = Api.demo(base, code + "A1");

        confirmUnchanged(schoolAdmin, schoolId);
        assertEquals("SUBMITTED", ok(schoolAdmin.post(path(schoolId) + "/submit", null)).getString("state"));
        confirmUnchanged(countyAdmin, xiuying);

        int schools = countyReviewer.get(path(xiuying) + "/subordinates").array().size();
        Browser.as(base, "460105R1", browser -> {
            browser.click("#nav-review");
            String row = ".row-actions[data-code='" + code + "'] ";
            String state = ".state[data-code='" + code + "']";
            browser.waitForText(state, "已提交");
            browser.click(row + "button.return");
            browser.type("#review\\:reason", REASON);
            browser.type("#review\\:limit", "2027-01-04 18:00");
            browser.screenshot("50-review-return");
            browser.click("#review\\:send");
            browser.waitForText(state, "已退回");
            browser.waitForText("#messages", "修改期限 2027-01-04 18:00");
            browser.screenshot("51-review-returned");

            browser.click("#nav-quarter");
            browser.waitForText("#quarter-state", "填报中");
            browser.click("#unit\\:report");
            browser.waitForText("#quarter-pending", "仍然上报");
            browser.screenshot("52-quarter-pending");
            browser.click("#unit\\:reportAnyway");
            browser.waitForText("#quarter-state", "已上报");
            browser.waitForText("#unit\\:timeline", "审核上报");
            browser.screenshot("53-quarter-reported");

            browser.click("#nav-progress");
            browser.waitForText("#progress-total", String.valueOf(schools));
            browser.screenshot("54-progress");
            browser.click("#nav-withdrawals");
            browser.waitForText("#withdrawals-title", QUARTER);
            browser.screenshot("55-withdrawals");
        });
        Browser.as(base, code + "A1", browser -> {
            browser.click("#nav-notifications");
            browser.waitForText("#notifications\\:list", REASON);
            browser.screenshot("56-school-notifications");
        });

        JsonObject returned = ok(countyReviewer.get(path(schoolId)));
        assertEquals("RETURNED", returned.getString("state"));
        assertEquals(REASON, returned.getString("returnReason"));
        assertEquals("2027-01-04T18:00+08:00", returned.getString("returnLimit"));
        assertEquals("REPORTED", ok(countyReviewer.get(path(xiuying))).getString("state"));
        var notifications = schoolAdmin.get("api/notifications");
        assertEquals(200, notifications.status(), notifications.toString());
        assertTrue(notifications.array().getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("kind").equals("RETURNED") && n.getString("detail").equals(REASON)), notifications.toString());

        // The platform owner moves the training clock past the return's time limit: the school's lapsed return is re-reported.
        Browser.as(base, "sysadmin", browser -> {
            browser.click("#nav-clock");
            browser.type("#clock\\:now", "2027-01-05 09:00");
            browser.click("#clock\\:set");
            browser.click("#clock\\:confirm-yes");
            browser.waitForText("#clock-lapsed-returns", "1");
            browser.screenshot("57-training-clock");
        });
        assertEquals("AUTO_REPORTED", ok(countyReviewer.get(path(schoolId))).getString("state"));
    }

    /**
     * Completeness is visible to every superior (第八条): the province's reviewer follows 海口 and then 秀英区 down
     * from its own progress page to the schools, one link per authority.
     */
    @Test
    void aProvinceFollowsTheProgressDownToTheSchoolsOfACounty() {
        String base = base();
        int schools = Api.demo(base, "460105R1").get(path(Fixtures.orgId(Api.demo(base, "460105A1"), "460105")) + "/subordinates").array().size();
        Browser.as(base, "460000R1", browser -> {
            browser.click("#nav-progress");
            String haikou = browser.links("a.drill-down[data-code='460100']").get(0);
            assertTrue(haikou.contains("org=" + Fixtures.orgId(Api.demo(base, "460100A1"), "460100")), haikou);
            browser.click("a.drill-down[data-code='460100']");
            browser.waitForText("#progress-title", Database.text("SELECT name FROM organisation WHERE code = '460100'"));
            browser.click("a.drill-down[data-code='460105']");
            browser.waitForText("#progress-title", Database.text("SELECT name FROM organisation WHERE code = '460105'"));
            browser.waitForText("#progress-total", String.valueOf(schools));
            assertEquals(0, browser.count("a.drill-down"), "schools have no units below");
            browser.screenshot("57-progress-followed-down");
            // The same goes for the quarter before on a unit's quarter page.
            browser.clickLink("秀英区实验小学");
            browser.waitForText("#quarter-title", QUARTER);
            browser.click("#quarter-previous");
            browser.waitForText("#quarter-title", "2026Q3");
            assertTrue(browser.text("#quarter-title").startsWith("秀英区实验小学"), browser.text("#quarter-title"));
        });
    }

    /**
     * 'Reporting calendar': the MoE's administrator sets next quarter's county deadline later, refused first for an
     * earlier one; a county's administrator then reads the new deadline there, with no way to move it.
     */
    @Test
    void theMoeExtendsNextQuartersCountyDeadlineOnTheCalendar() {
        String base = base();
        String next = "2027Q1";
        String county = "span.deadline[data-tier='COUNTY']";
        Browser.as(base, "000000A1", browser -> {
            browser.click("#nav-calendar");
            browser.chooseReplacing("#calendar\\:quarter", next, "#calendar\\:windows");
            String before = browser.text(county);
            assertTrue(before.startsWith("2027-04-"), before);
            browser.type("#calendar\\:deadline", "2027-04-01 00:00");
            browser.type("#calendar\\:reason", "清明节假期");
            browser.click("#calendar\\:extend");
            browser.waitForText("#messages", "须晚于现有截止时间");
            assertEquals(before, browser.text(county));
            browser.type("#calendar\\:deadline", "2027-04-08 00:00");
            browser.clickReplacing("#calendar\\:extend", "#calendar\\:windows");
            browser.waitForText("#messages", "的截止时间已延至 2027-04-08 00:00");
            assertEquals("2027-04-08 00:00", browser.text(county));
            browser.screenshot("58-calendar-extended");
        });
        Browser.as(base, "460105A1", browser -> {
            browser.click("#nav-calendar");
            browser.chooseReplacing("#calendar\\:quarter", next, "#calendar\\:windows");
            assertEquals("2027-04-08 00:00", browser.text(county));
            assertEquals(0, browser.count("#calendar\\:extension"), "only the MoE moves a deadline");
        });
        assertTrue(Api.demo(base, "460105A1").get("api/reporting/calendar/" + next).body().contains("\"deadline\":\"2027-04-08T00:00+08:00\""));
    }

    /**
     * On the reporting days a reviewer accepts many schools at once: 龙华区's reviewer ticks the two schools that
     * submitted (one that did not cannot be ticked) and accepts both; asked again through the API, each school it
     * cannot accept is named with why, and a school of another county refuses the whole request.
     */
    @Test
    void theCountyReviewerAcceptsTheTickedSchoolsAtOnce() {
        String base = base();
        Api countyAdmin = Api.demo(base, "460106A1");
        long longhua = Fixtures.orgId(countyAdmin, "460106");
        Api reviewer = Fixtures.handOut(base, Api.demo(base, "460100A1"), "460106", "460106R1", "Longhua#Review1");
        List<JsonObject> schools = countyAdmin.get("api/organisations/" + longhua + "/children").array().getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("kind").equals("SCHOOL")).limit(3).toList();
        assertEquals(3, schools.size());
        for (JsonObject school : schools.subList(0, 2)) {
            String code = school.getString("code");
            long id = school.getJsonNumber("id").longValue();
            Api schoolAdmin = Fixtures.handOut(base, countyAdmin, code, code + "A1", "School#" + code.substring(6));
            Reporting.confirmUnchanged(schoolAdmin, id);
            assertEquals("SUBMITTED", ok(schoolAdmin.post(path(id) + "/submit", null)).getString("state"));
        }
        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "460106R1", "Longhua#Review1");
                browser.waitForText("#todo-review", "2"); // 待办 on the home page
                assertEquals("2", browser.text("#todo-review"));
                long notIn = Long.parseLong(browser.text("#todo-not-in"));
                browser.click("#todo-review");
                browser.waitForText(".state[data-code='" + schools.get(0).getString("code") + "']", "已提交");
                browser.click("#review\\:accept-selected");
                browser.waitForText("#messages", "请先勾选要审核通过的单位");
                assertEquals(1, browser.count("tr[data-rk='" + schools.get(2).getJsonNumber("id") + "'] .ui-chkbox-box.ui-state-disabled"),
                        "a school that has not submitted cannot be ticked");
                for (JsonObject school : schools.subList(0, 2)) {
                    browser.click("tr[data-rk='" + school.getJsonNumber("id") + "'] .ui-chkbox-box");
                }
                browser.click("#review\\:accept-selected");
                browser.waitForText("#messages", "2 个单位的数据已审核通过");
                for (JsonObject school : schools.subList(0, 2)) {
                    browser.waitForText(".state[data-code='" + school.getString("code") + "']", "审核通过");
                }
                browser.screenshot("59-review-accepted-many");
                browser.click("#nav-home");
                browser.waitForText("#todo-review", "0");
                assertEquals("0", browser.text("#todo-review"));
                assertEquals(notIn, Long.parseLong(browser.text("#todo-not-in")), "accepted data was in already");

                // Chasing the rest (催报): whom to call, on the page and in the list to take away.
                browser.click("#nav-progress");
                String handedOut = schools.get(0).getString("code");
                browser.waitForText(".contact[data-code='" + handedOut + "']", "张伟 0898-1234567");
                browser.click("#progress\\:export");
                List<List<String>> list = Workbooks.rows(browser.downloaded("progress-460106-2026Q4.xlsx"));
                assertTrue(list.get(0).get(0).contains("460106"), list.get(0).toString());
                assertEquals(List.of(handedOut, "审核通过", "张伟", "0898-1234567"), list.stream().filter(r -> r.get(0).equals(handedOut))
                        .map(r -> List.of(r.get(0), r.get(4), r.get(8), r.get(9))).findFirst().orElseThrow(), list.toString());
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }

        long first = schools.get(0).getJsonNumber("id").longValue();
        long third = schools.get(2).getJsonNumber("id").longValue();
        JsonObject again = ok(reviewer.post(path(longhua) + "/subordinates/accept", "{\"units\":[" + first + "," + third + "]}"));
        assertEquals(0, again.getJsonArray("accepted").size());
        assertEquals(List.of("reporting.review.alreadyAccepted", "reporting.review.notSent"),
                again.getJsonArray("notAccepted").getValuesAs(JsonObject.class).stream().map(n -> n.getString("key")).toList());
        long xiuyingSchool = Fixtures.orgId(Api.demo(base, "460105A1"), "2146000001");
        assertEquals(403, reviewer.post(path(longhua) + "/subordinates/accept", "{\"units\":[" + xiuyingSchool + "]}").status());
        assertEquals(400, reviewer.post(path(longhua) + "/subordinates/accept", "{\"units\":[]}").status());
    }

    private static String path(long orgId) {
        return "api/reporting/" + orgId + "/" + QUARTER;
    }

    private static void confirmUnchanged(Api administrator, long orgId) {
        int rowVersion = Forms.read(administrator, orgId).getInt("rowVersion");
        ok(administrator.post(Forms.path(orgId) + "/confirm-unchanged", "{\"rowVersion\":" + rowVersion + "}"));
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}

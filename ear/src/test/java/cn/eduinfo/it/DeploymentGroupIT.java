package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production's shape: two instances of a Payara deployment group on one PostgreSQL database, set up
 * by server-config/group. They start together on a new database and seed it once; a write on one is
 * read on the other at once; a snapshot the registry shares at its URL, fetched by the quarterly timer,
 * which fires on each, is run once (the URL's password, like the database's, a password alias: in no domain.xml); a user whose instance goes away carries on on the other, signed in, their form's input saved, and every
 * page of every role's menu is stored in the session the other instance takes over; a run
 * stopped from the instance that does not execute it stops; and when the instance applying a run and holding the
 * persistent timers is killed, its sessions go on on the other, which takes the timers over (the deadlines then run
 * there), gives the run up once its heartbeat is stale, and resumes it to the end.
 */
class DeploymentGroupIT {

    private static final RegistrySharingServer SHARE = new RegistrySharingServer("jilin.csv");

    @BeforeAll
    static void startTheGroup() throws IOException {
        // Set up first with the demo data alone, then changed as an operator changes a running group: the script run
        // again with the settings below. The tests need them (the registry's URL fetched every two seconds, a stale
        // run given up after 15 s), so they would fail had the second run not restarted the instances with them.
        String database = DeploymentGroup.start("eduinfo.demo.enabled=true");
        // Ranges of 500 and a watch every second: a run of 30,000 schools (60 ranges) lasts several times what a stop
        // relayed to its instance may take (up to watch-every); with ranges of 1,000 and PT2S a run once ended first.
        // The registry's address holds its password: a secret, kept out of domain.xml.
        DeploymentGroup.update(database, List.of("eduinfo.sync.source-url=" + SHARE.url()), "eduinfo.demo.enabled=true",
                "eduinfo.sync.range-size=500", "eduinfo.sync.months=*", "eduinfo.sync.day-of-month=*", "eduinfo.sync.hour=*",
                "eduinfo.sync.minute=*", "eduinfo.sync.second=*/2", "eduinfo.sync.stale-after=PT15S", "eduinfo.sync.watch-every=PT1S");
        // Database reads the group's database from here on: this JVM (failsafe's execution for this class) runs no other IT.
        System.setProperty("it.db.url", database);
    }

    @AfterAll
    static void stopTheGroup() {
        DeploymentGroup.stop();
        SHARE.close();
    }

    @Test
    void bothInstancesSeedANewDatabaseOnceAndServeItAlike() throws IOException {
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DEMO_DATA_LOADED'"), "one instance seeded it");
        for (int i = 1; i <= 2; i++) {
            // The seed and the deadlines due at the start, which the other instance claimed first, are left to it without a failure.
            String log = DeploymentGroup.log(i);
            for (String claim : new String[]{"organisation_code", "deadline_run_pkey", "reminder_run_pkey"}) {
                assertFalse(log.contains("violates unique constraint \"" + claim + "\""), "eduinfo" + i + "'s log: " + claim);
            }
        }
        Api[] school = {Api.demo(DeploymentGroup.base(1), "2146000001A1"), Api.demo(DeploymentGroup.base(2), "2146000001A1")};
        long id = Fixtures.orgId(school[0], "2146000001");
        for (int writer = 0; writer < 2; writer++) {
            boolean suspended = writer == 0;
            assertEquals(200, school[writer].put("api/organisations/" + id + "/enrolment-suspended?value=" + suspended, null).status());
            JsonObject read = school[1 - writer].get("api/organisations/" + id).json();
            assertEquals(suspended, read.getBoolean("enrolmentSuspended"), "written on one instance, read on the other: " + read);
        }
    }

    @Test
    void aSnapshotTheRegistrySharesAtItsUrlIsFetchedByTheTimerOfEveryInstanceAndRunOnce() throws Exception {
        Api operator = Api.demo(DeploymentGroup.base(2), "sysadmin");
        SHARE.share(RegistryFiles.countyWithSchools("220000", "吉林省教育厅", "220102", "南关区教育局", 20).utf8());

        JsonObject run = Runs.finished(operator, Runs.id(Runs.scheduled(operator, 1).get(0)));
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals("jilin.csv", run.getString("fileName"), run.toString());
        int fetched = SHARE.fetched();
        Thread.sleep(6_000); // three more firings on each instance
        assertTrue(SHARE.fetched() >= fetched + 4, "fetched again by each instance's firings: " + fetched + ", then " + SHARE.fetched());
        assertEquals(1, Runs.scheduled(operator, 1).size(), "one run, whichever instance fetched the snapshot first");
        assertEquals(0, SHARE.refused(), "every fetch sent the address's user and password");
        for (String domainXml : DeploymentGroup.domainXmls()) {
            assertFalse(domainXml.contains(RegistrySharingServer.PASSWORD.replace("#", "%23")), "the share's password is an alias");
            assertFalse(domainXml.contains(DeploymentGroup.DATABASE_PASSWORD), "so is the database's");
            assertTrue(domainXml.contains("${ALIAS=eduinfo-db-password}"), "which the pool names");
        }
        assertEquals(22, Database.count("SELECT COUNT(*) FROM organisation WHERE code LIKE '2122%' OR code = '220102' OR code = '220000'"));
    }

    @Test
    void aUserWhoseInstanceGoesAwayCarriesOnOnTheOtherAndSavesTheirInput() throws IOException {
        Api county = Api.demo(DeploymentGroup.base(1), "460105A1");
        long xiuying = Fixtures.orgId(county, "460105");
        long previous = Forms.number(Forms.read(county, xiuying), "previous", "A0101");
        String schools = Long.toString(previous + 1);
        String corrected = Long.toString(previous + 2);
        try (Balancer balancer = new Balancer(DeploymentGroup.port(1)); Browser browser = new Browser(); Browser reviewer = new Browser()) {
            try {
                // The county's reviewer, beside its administrator: the review page's rows are not kept in the session either.
                reviewer.logIn(balancer.base(), "460105R1", Api.DEMO_PASSWORD);
                reviewer.open(balancer.base() + "reporting/review.xhtml");
                reviewer.find("#review\\:queue");
                browser.logIn(balancer.base(), "460105A1", Api.DEMO_PASSWORD);
                browser.click("#nav-form");
                browser.type("input[data-code='A0101']", schools);
                browser.screenshot("70-group-form-filled-on-eduinfo1");

                balancer.failOverTo(DeploymentGroup.port(2));
                // The page's view and its signed-in caller now come from the session eduinfo1 left in the Data Grid.
                browser.click("#fill\\:save");
                browser.waitForText("#messages", "已保存");
                browser.screenshot("71-group-form-saved-on-eduinfo2");
                assertEquals(schools, Forms.value(Forms.read(county, xiuying), "A0101"));
                assertTrue(balancer.connectionsTo(DeploymentGroup.port(2)) > 0, "the save went to eduinfo2");

                // Back on eduinfo1, which served the session before that save: this save must meet the session as
                // eduinfo2 left it (with the form's version from before the first save it would be a conflict).
                browser.type("input[data-code='A0101']", corrected);
                balancer.failOverTo(DeploymentGroup.port(1));
                browser.click("#fill\\:save");
                assertEquals(corrected, Eventually.value(Duration.ofSeconds(20), Duration.ofMillis(200),
                        () -> Forms.value(Forms.read(county, xiuying), "A0101"), corrected::equals), browser.text("#messages"));
                browser.find("#fill\\:save:enabled"); // its response rendered
                browser.screenshot("72-group-form-saved-again-on-eduinfo1");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    /**
     * A county administrator opens every page of their menu on eduinfo1, then an organisation's detail and the
     * organisation browser, whose search they use there and again once the balancer has failed over to eduinfo2, the
     * page's view restored there from the session eduinfo1 stored; so are the county's own page and its accounts' and
     * progress pages, open in other tabs, whose rows are read again there (the next page of its subordinates and of the
     * account list, the chase).
     */
    @Test
    void everyPageOfAUserIsStoredInTheSessionAndTheirViewGoesOnOnTheOtherInstance() throws IOException {
        long xiuying = Fixtures.orgId(Api.demo(DeploymentGroup.base(1), "460105A1"), "460105");
        try (Balancer balancer = new Balancer(DeploymentGroup.port(1)); Browser browser = new Browser(); Browser reviewer = new Browser()) {
            try {
                // The county's reviewer, beside its administrator: the review page's rows are not kept in the session either.
                reviewer.logIn(balancer.base(), "460105R1", Api.DEMO_PASSWORD);
                reviewer.open(balancer.base() + "reporting/review.xhtml");
                reviewer.find("#review\\:queue");
                browser.logIn(balancer.base(), "460105A1", Api.DEMO_PASSWORD);
                opensEveryPageOfTheirMenu(browser);
                browser.open(balancer.base() + "org/browse.xhtml");
                searches(browser, "实验小学");
                browser.clickLink(browser.text("#search\\:results a"));
                browser.find("#org-code");
                browser.open(balancer.base() + "org/browse.xhtml");
                searches(browser, "实验小学");
                browser.screenshot("73-group-pages-opened-on-eduinfo1");
                String search = browser.tab();
                // Pages whose rows the session does not keep (transient): read again on the other instance.
                browser.newTab();
                browser.open(balancer.base() + "account/list.xhtml");
                browser.find("#accounts\\:list .ui-paginator-pages button:nth-child(2)");
                filtersTheAccountsToPrimarySchools(browser);
                String accounts = browser.tab();
                browser.newTab();
                browser.open(balancer.base() + "reporting/progress.xhtml");
                browser.find("#progress\\:chase");
                String progress = browser.tab();
                browser.newTab();
                browser.open(balancer.base() + "org/detail.xhtml?id=" + xiuying);
                browser.find("#children .ui-paginator-pages button:nth-child(2)");
                browser.type("#asof\\:date_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
                browser.click("#asof\\:show");
                browser.find("#asof\\:asof-children .ui-paginator-pages button:nth-child(2)");

                balancer.failOverTo(DeploymentGroup.port(2));
                turnsToPageTwo(browser, "#children");
                turnsToPageTwo(browser, "#asof\\:asof-children");
                listsTheUnitsAgain(reviewer);
                browser.switchTo(progress);
                browser.click("#progress\\:chase");
                browser.click("#progress\\:confirm-yes");
                browser.waitForText("#messages", "已向");
                browser.switchTo(accounts);
                turnsToPageTwo(browser, "#accounts\\:list");
                List<String> rows = browser.texts("#accounts\\:list tbody tr td:first-child");
                assertEquals(2, rows.size(), "page 2 of the 27 primary schools' accounts, still filtered on eduinfo2: " + rows);
                assertTrue(rows.stream().allMatch(row -> row.contains("小学")), rows.toString());
                browser.switchTo(search);
                searches(browser, "职业中学");
                browser.screenshot("74-group-search-on-eduinfo2");
                assertTrue(balancer.connectionsTo(DeploymentGroup.port(2)) > 0, "the search went to eduinfo2");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                reviewer.failed();
                throw e;
            }
        }
        everySessionWasStoredWhole();
    }

    /** The account list's filter on the unit's name: 27 of the county's 56 schools are primary schools, two pages of 25. */
    private static void filtersTheAccountsToPrimarySchools(Browser browser) {
        String pages = "#accounts\\:list .ui-paginator-top .ui-paginator-pages button";
        browser.type("#accounts\\:list thead th:first-child input.ui-column-filter", "小学");
        assertEquals(2, Eventually.value(Duration.ofSeconds(20), Duration.ofMillis(200), () -> browser.count(pages), n -> n == 2),
                "two pages of primary schools' accounts");
    }

    /** The review page's filter, to those not in and back to all: the direct subordinates are listed again. */
    private static void listsTheUnitsAgain(Browser reviewer) {
        reviewer.clickReplacing("#review\\:filter .ui-button:nth-of-type(3)", "#review\\:queue");
        reviewer.clickReplacing("#review\\:filter .ui-button:nth-of-type(1)", "#review\\:queue");
        String rows = "#review\\:queue tbody tr";
        assertEquals(50, reviewer.count(rows), "a full page of the county's 56 subordinates, read again on eduinfo2");
        assertTrue(reviewer.text(rows + ":first-child td.code").matches("\\d{10}"), reviewer.text(rows + ":first-child"));
    }

    /** Each other role opens every page of their menu, the operator a run's page too, the auditor the run in the trail. */
    @Test
    void everyPageOfEveryRoleIsStoredInTheSession() throws IOException {
        Api operator = Api.demo(DeploymentGroup.base(1), "sysadmin");
        long runId = Runs.id(Runs.upload(operator, "jiangxi.csv",
                RegistryFiles.countyWithSchools("360000", "江西省教育厅", "360102", "东湖区教育局", 3).utf8()));
        assertEquals("COMPLETED", Runs.finished(operator, runId).getString("status"));
        for (String user : List.of("460105R1", "secadmin", "auditadmin", "sysadmin")) {
            try (Browser browser = new Browser()) {
                try {
                    browser.logIn(DeploymentGroup.base(1), user, Api.DEMO_PASSWORD);
                    opensEveryPageOfTheirMenu(browser);
                    if (user.equals("sysadmin")) {
                        browser.open(DeploymentGroup.base(1) + "sync/run.xhtml?id=" + runId);
                        browser.waitForText("body", "jiangxi.csv");
                    }
                    if (user.equals("auditadmin")) {
                        browser.open(DeploymentGroup.base(1) + "audit/log.xhtml");
                        browser.waitForText("#audit\\:entries", "REGISTRY_SYNC_COMPLETED");
                        browser.screenshot("75-group-audit-trail");
                    }
                    // Once more, the session holding every view: the store after the request before is logged by now.
                    browser.open(DeploymentGroup.base(1) + "home.xhtml");
                    browser.find("nav.app-nav");
                } catch (RuntimeException | AssertionError e) {
                    browser.failed();
                    throw e;
                }
            }
        }
        everySessionWasStoredWhole();
    }

    private static void opensEveryPageOfTheirMenu(Browser browser) {
        List<String> pages = browser.links("nav.app-nav a");
        assertTrue(pages.size() >= 2, "home and the role's pages: " + pages);
        for (String page : pages) {
            browser.open(page);
            browser.find("nav.app-nav");
            assertEquals(page, browser.currentUrl(), "opened as the menu leads, signed in");
        }
    }

    /**
     * Goes to page 2 of a table of units (its first column names a unit's 10-digit code) and waits for its rows: the
     * paginator marks the page at once, the rows only once the server has sent them.
     */
    private static void turnsToPageTwo(Browser browser, String table) {
        String firstCell = table + " tbody tr:first-child td:first-child";
        String before = browser.text(firstCell);
        browser.click(table + " .ui-paginator-pages button:nth-child(2)");
        Predicate<String> otherUnits = cell -> !cell.equals(before) && cell.matches("(?s).*\\d{10}.*");
        String after = Eventually.value(Duration.ofSeconds(20), Duration.ofMillis(200), () -> browser.text(firstCell), otherUnits);
        assertTrue(otherUnits.test(after), table + ": page 2 begins with '" + after + "', page 1 with '" + before + "'");
    }

    /** The organisation browser's search, until its results name what was searched for. */
    private static void searches(Browser browser, String name) {
        browser.type("#search\\:query", name);
        browser.click("#search\\:go");
        browser.waitForText("#search\\:results", name);
    }

    /**
     * The session holds each page's view (server-side state, view-scoped beans) and is stored after each request. An
     * attribute that does not serialise whole is logged and left out of the stored session, every view-scoped bean of
     * the user with it (seen so with a field of a plain Object in OrgDetailBacking).
     */
    private static void everySessionWasStoredWhole() throws IOException {
        for (int i = 1; i <= 2; i++) {
            String log = DeploymentGroup.log(i);
            int refused = log.indexOf("Cannot serialize session attribute");
            assertTrue(refused < 0, "eduinfo" + i + ": " + log.substring(Math.max(0, refused)).lines().findFirst().orElse(""));
        }
    }

    @Test
    void aRunStoppedFromTheOtherInstanceIsStoppedWhereItRunsAndResumesToItsEnd() {
        Api here = Api.demo(DeploymentGroup.base(1), "sysadmin");
        Api there = Api.demo(DeploymentGroup.base(2), "sysadmin");
        int schools = 30_000;
        long runId = Runs.id(Runs.upload(here, "liaoning.csv",
                RegistryFiles.countyWithSchools("210000", "辽宁省教育厅", "210102", "和平区教育局", schools).utf8()));
        Runs.waitFor(there, runId, r -> r.getInt("appliedCount") >= 1000 || !r.getBoolean("isActive"), Duration.ofMinutes(2));

        Api.Reply asked = there.post("api/sync/runs/" + runId + "/stop", null);
        assertEquals(200, asked.status(), "the load balancer sent the operator to the other instance: " + asked);
        assertTrue(asked.json().getBoolean("isStopRequested") || !asked.json().getBoolean("isActive"), asked.toString());
        JsonObject stopped = Runs.finished(there, runId);
        assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
        assertTrue(stopped.getInt("appliedCount") < stopped.getInt("changeCount"), "stopped between its ranges: " + stopped);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGISTRY_SYNC_STOP_REQUESTED' AND target_id = '"
                + runId + "' AND detail = 'executed by eduinfo1'"));

        Runs.resumedToTheEnd(there, runId, "210000", "210102", schools);
    }

    @Test
    void theInstanceHoldingTheTimersAndARunIsKilledAndTheOtherTakesBoth() throws Exception {
        String owner = "SELECT MIN(\"OWNERID\") FROM \"EJB__TIMER__TBL\"";
        int killed = Integer.parseInt(Database.text(owner).substring("eduinfo".length()));
        int survivor = 3 - killed;
        Api doomed = Api.demo(DeploymentGroup.base(killed), "sysadmin");
        Api operator = Api.demo(DeploymentGroup.base(survivor), "sysadmin");
        int schools = 30_000;
        long runId = Runs.id(Runs.upload(doomed, "heilongjiang.csv",
                RegistryFiles.countyWithSchools("230000", "黑龙江省教育厅", "230102", "道里区教育局", schools).utf8()));
        JsonObject cut = Runs.waitFor(operator, runId, r -> r.getInt("appliedCount") >= 1000 || !r.getBoolean("isActive"), Duration.ofMinutes(2));
        assertEquals("eduinfo" + killed, cut.getString("node"), "the run is applied where it was uploaded: " + cut);
        Api signedInThere = Api.session(DeploymentGroup.base(killed), "sysadmin", Api.DEMO_PASSWORD);
        DeploymentGroup.kill(killed);
        try {
            assertTrue(cut.getBoolean("isActive"), "killed after its first range, before its end: " + cut);
            Api.Reply carriedOn = signedInThere.at(DeploymentGroup.base(survivor)).get("api/sync/runs/" + runId);
            assertEquals(200, carriedOn.status(), "the session begun on the dead instance, taken from the Data Grid: " + carriedOn);
            // Its heartbeat is fresh yet (it may be a slow range): the run still holds the tree.
            Api.Reply refused = operator.postBytes("api/sync/runs?name=other.csv",
                    RegistryFiles.countyWithSchools("350000", "福建省教育厅", "350102", "鼓楼区教育局", 1).utf8(), "text/csv");
            assertEquals("sync.runInProgress", refused.json().getString("key"), refused.toString());

            JsonObject abandoned = Runs.waitFor(operator, runId, r -> !r.getBoolean("isActive"), Duration.ofMinutes(1));
            assertEquals("ABANDONED", abandoned.getString("status"), "given up once its heartbeat was 15 s old: " + abandoned);
            assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGISTRY_SYNC_ABANDONED' AND target_id = '"
                    + runId + "' AND detail LIKE 'cut off on eduinfo" + killed + " %, seen from eduinfo" + survivor + "'"));

            Runs.resumedToTheEnd(operator, runId, "230000", "230102", schools);
            assertEquals("eduinfo" + survivor, operator.get("api/sync/runs/" + runId).json().getString("node"));

            String left = "SELECT COUNT(*) FROM \"EJB__TIMER__TBL\" WHERE \"OWNERID\" <> 'eduinfo" + survivor + "'";
            assertEquals(0, Eventually.value(Duration.ofMinutes(2), Duration.ofMillis(500), () -> Database.count(left), n -> n == 0),
                    "every persistent timer moved to the live instance");
            // And fires there: the deadlines' next run is recorded by the live instance (which has not started since).
            Database.execute("UPDATE deadlines_heartbeat SET node = 'before the move'");
            Api monitor = Api.anonymous(DeploymentGroup.base(survivor));
            JsonObject deadlines = Eventually.value(Duration.ofSeconds(90), Duration.ofSeconds(1),
                    () -> monitor.get("api/health/deadlines").json().getJsonArray("checks").getJsonObject(0).getJsonObject("data"),
                    d -> d.getString("node").equals("eduinfo" + survivor));
            assertEquals("eduinfo" + survivor, deadlines.getString("node"), "the moved timer fired on the live instance: " + deadlines);
            assertEquals("UP", deadlines.getString("state"), deadlines.toString());
        } finally {
            DeploymentGroup.startInstance(killed);
        }
    }
}

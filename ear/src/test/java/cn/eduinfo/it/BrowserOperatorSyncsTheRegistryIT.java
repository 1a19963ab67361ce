package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An operator of the MoE information centre (the system administrator) finds the deadlines' timer up on the
 * home page, uploads a snapshot, watches the run finish and opens its change set.
 */
class BrowserOperatorSyncsTheRegistryIT extends ItBase {

    @Test
    void anOperatorUploadsASnapshotAndOpensItsChangeSet() throws IOException {
        String base = base();
        RegistryFiles file = RegistryFiles.withMoe()
                .authority("150000", "内蒙古自治区教育厅", "PROVINCE", "000000")
                .authority("150102", "新城区教育局", "COUNTY", "150000");
        for (int i = 1; i <= 5; i++) {
            file.school("211500000" + i, "新城区第" + i + "小学", "150102");
        }
        Path csv = Files.createDirectories(Path.of("target", "registry")).resolve("neimenggu-q1.csv");
        Files.write(csv, file.utf8());

        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, "sysadmin", Api.DEMO_PASSWORD);
                browser.waitForText("#deadlines-state", "正常");
                assertTrue(browser.text("#deadlines-last-run").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.* \\S+"),
                        "the last run and its instance: " + browser.text("#deadlines-last-run"));
                browser.screenshot("09-home-deadlines-timer");
                browser.click("#nav-sync");
                browser.find("#upload\\:file");
                assertTrue(browser.text("#schedule").contains("按计划从 " + System.getProperty("sync.drop.dir") + " 取得"),
                        "where the quarterly timer takes its files from: " + browser.text("#schedule"));
                assertTrue(browser.text("#last-check").matches("上次检查共享：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*：尚无共享的文件（.*sync-drop）。"),
                        "what it last found there: " + browser.text("#last-check"));
                browser.screenshot("10-sync-upload");

                browser.attach("#upload\\:file input[type=file]", csv.toAbsolutePath());
                browser.waitForText("#runs\\:list", "neimenggu-q1.csv");
                browser.waitForText("#runs\\:list", "已完成");
                browser.screenshot("11-sync-run-completed");

                browser.clickLink("#" + runIdIn(browser.text("#runs\\:list")) + " neimenggu-q1.csv");
                browser.waitForText("#run-status", "已完成");
                browser.waitForText("#run\\:changes", "2115000005");
                assertTrue(browser.text("#run-added").equals("7"), browser.text("#run-added"));
                browser.screenshot("12-sync-change-set");
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    /** The newest run is listed first: its id is the number after the first '#'. */
    private static String runIdIn(String table) {
        int hash = table.indexOf('#');
        int end = hash + 1;
        while (end < table.length() && Character.isDigit(table.charAt(end))) {
            end++;
        }
        return table.substring(hash + 1, end);
    }
}

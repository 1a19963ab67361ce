package cn.eduinfo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver, never Selenium Manager (no
 * network here). Screenshots land in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private String lastShot = "start";
    private final WebDriverWait wait;
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private final Path downloads;

    public Browser() {
        Path profile = Path.of(System.getProperty("browser.profiles.dir", "target/chromium"), UUID.randomUUID().toString());
        downloads = profile.resolve("downloads").toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary("/usr/lib/chromium/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
                "--dns-prefetch-disable", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** One signed-in browser session of the user (demo password) for the steps; a screenshot is kept if a step fails. */
    public static void as(String base, String username, Consumer<Browser> steps) {
        try (Browser browser = new Browser()) {
            try {
                browser.logIn(base, username, Api.DEMO_PASSWORD);
                browser.find("#signed-in-user"); // signed in: the steps start on the page the login led to
                steps.accept(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.failed();
                throw e;
            }
        }
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The tab in front, to come back to (see {@link #switchTo}). */
    public String tab() {
        return driver.getWindowHandle();
    }

    /** Opens a new tab of the same session in front. */
    public void newTab() {
        driver.switchTo().newWindow(WindowType.TAB);
    }

    public void switchTo(String tab) {
        driver.switchTo().window(tab);
    }

    /**
     * Opens {@code url} {@code times} times in a new tab, each time until {@code ready} shows (each a new view of the
     * session: enough of them and this tab's page has expired), then comes back to this tab.
     */
    public void opensInAnotherTab(String url, String ready, int times) {
        String here = tab();
        newTab();
        for (int i = 0; i < times; i++) {
            open(url);
            find(ready);
        }
        switchTo(here);
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        if (!e.getAttribute("value").isEmpty()) {
            // A PrimeFaces datePicker keeps its text through clear(): selected and deleted as a user would.
            e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        e.sendKeys(text);
    }

    /** Hands a file to a file input, as choosing it in the dialog would. */
    public void attach(String css, Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toString());
    }

    /** Fills and sends the login page (what happens next is the caller's to check). */
    public void logIn(String base, String username, String password) {
        open(base + "login.xhtml");
        type("#login\\:username", username);
        type("#login\\:password", password);
        click("#login\\:submit");
    }

    /** Fills and sends the password form (first login, My account). */
    public void changePassword(String current, String newPassword) {
        type("#password\\:current", current);
        type("#password\\:new", newPassword);
        type("#password\\:confirm", newPassword);
        click("#password\\:change");
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Clicks and waits until the AJAX update has replaced {@code updated}: what is read after it is the update's. */
    public void clickReplacing(String css, String updated) {
        WebElement before = find(updated);
        click(css);
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    /** The file a click on a download link or button saved, once Chromium has written it whole (no .crdownload left). */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu by its label, as a user does: opens the menu, clicks the item once
     * the menu has faded in (a click during the fade is lost), and waits until the menu shows it. Tries again, a few
     * times, if the click was lost anyway.
     */
    public void choose(String menu, String label) {
        String panel = menu + "_panel";
        By item = By.cssSelector(panel + " li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            if (!driver.findElement(By.cssSelector(panel)).isDisplayed()) {
                click(menu);
            }
            wait.until(d -> "1".equals(d.findElement(By.cssSelector(panel)).getCssValue("opacity")));
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> label.equals(textOf(d, menu + "_label", true).orElse(null)));
                return;
            } catch (TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /** Picks a menu's item whose AJAX listener updates the page, and waits until it has replaced {@code updated}. */
    public void chooseReplacing(String menu, String label, String updated) {
        WebElement before = find(updated);
        choose(menu, label);
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    public void clickLink(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    }

    public void waitForText(String css, String text) {
        wait.until(d -> textOf(d, css, false).map(t -> t.contains(text)).orElse(false));
    }

    /** How many elements match now. */
    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** The text of each element it finds now. */
    public java.util.List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    public String text(String css) {
        return wait.until(d -> textOf(d, css, true).orElse(null));
    }

    /**
     * The element's text, or empty while there is none (or none visible, if it must be): also while an AJAX update
     * replaces it between finding it and reading it (the stale reference Chromium reports as a node
     * that "does not belong to the document"), which the next try finds anew.
     */
    private static Optional<String> textOf(WebDriver driver, String css, boolean visible) {
        try {
            WebElement element = driver.findElement(By.cssSelector(css));
            return !visible || element.isDisplayed() ? Optional.of(element.getText()) : Optional.empty();
        } catch (NoSuchElementException | StaleElementReferenceException replaced) {
            return Optional.empty();
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The addresses the page's links matching {@code css} lead to, in page order, once there are any: right after a
     * click that navigates, the page before may still be the one in front (its links replaced as they are read).
     */
    public List<String> links(String css) {
        return wait.until(d -> {
            try {
                List<String> hrefs = d.findElements(By.cssSelector(css)).stream().map(a -> a.getAttribute("href")).toList();
                return hrefs.isEmpty() ? null : hrefs;
            } catch (StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            lastShot = name;
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a picture of where a failing test stood, named after the last screenshot it took. */
    public void failed() {
        screenshot("FAILED-after-" + lastShot);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journalist's path in headless Chromium: open the home page, upload two saved files, land on
 * the report, reload its permalink; and one statement against three others from the second form.
 * The forms are posted by the browser itself, with the Origin and Fetch-Metadata headers it
 * sends, which the service checks. No page may log anything to the console (a style blocked by
 * the Content-Security-Policy, a failed load). A screenshot of each step goes to target/browser/. Skipped
 * where Chromium is not installed, unless READOUT_DIFF_REQUIRE_BROWSER is set (CI sets it).
 */
@QuarkusTest
class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "browser");

    @TestHTTPResource("/")
    URL home;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (System.getenv("READOUT_DIFF_REQUIRE_BROWSER") == null) {
            assumeTrue(installed, "Chromium and chromedriver are not installed");
        }
        profile = Files.createTempDirectory("readout-diff-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void uploadTwoFilesLandOnTheReportReloadThePermalink() throws IOException {
        browser.get(home.toString());
        assertEquals("Compare two statements · readout-diff", browser.getTitle());
        screenshot("1-home");

        File left = Path.of("fixtures", "versions", "word-substitutions", "left.txt").toAbsolutePath().toFile();
        File right = Path.of("fixtures", "versions", "word-substitutions", "right.txt").toAbsolutePath().toFile();
        browser.findElement(By.name("leftFile")).sendKeys(left.getPath());
        browser.findElement(By.name("leftLabel")).sendKeys("As published");
        browser.findElement(By.name("leftIssuer")).sendKeys("Ministry of Foreign Affairs");
        browser.findElement(By.name("rightFile")).sendKeys(right.getPath());
        browser.findElement(By.name("rightLabel")).sendKeys("As edited");
        screenshot("2-form-filled");
        browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/comparisons/[A-Za-z0-9]{16}$"));
        String permalink = browser.getCurrentUrl();
        String report = browser.findElement(By.tagName("body")).getText();
        assertTrue(report.contains("As published"), report);
        assertTrue(report.contains("firmly"), report);
        screenshot("3-report");
        assertQuietConsole("the report page inside the site");

        browser.navigate().refresh();
        assertEquals(permalink, browser.getCurrentUrl());
        assertEquals(report, browser.findElement(By.tagName("body")).getText(), "the permalink shows the same report");
        screenshot("4-report-reloaded");
    }

    /** One readout against three others from the form without script; the report has a column per other statement. */
    @Test
    void compareOneStatementWithSeveralFromTheForm() throws IOException {
        browser.get(home.toString());
        browser.findElement(By.linkText("Compare one statement with several")).click();
        assertEquals("Compare one statement with several · readout-diff", browser.getTitle());
        Path lima = Path.of("fixtures", "series", "lima-2024").toAbsolutePath();
        fill("base", lima.resolve("base.txt"), "China: Lima 2024", "11162024", "2024-11-16");
        fill("other1", lima.resolve("counterpart.txt"), "US: Lima 2024", "11162024", "2024-11-16");
        fill("other2", lima.resolve("earlier-2023.txt"), "China: Woodside 2023", "11152023", "2023-11-15");
        fill("other3", lima.resolve("earlier-2022.txt"), "China: Bali 2022", "11142022", "2022-11-14");
        screenshot("5-set-form-filled");
        browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.urlMatches("/series/[A-Za-z0-9]{16}$"));
        List<String> columns = browser.findElements(By.cssSelector("table.matrix thead th")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertEquals(4, columns.size(), columns.toString());
        assertTrue(columns.get(0).contains("China: Lima 2024"), columns.toString());
        assertTrue(columns.get(1).contains("US: Lima 2024"), columns.toString());
        assertTrue(columns.get(3).contains("China: Bali 2022"), columns.toString());
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("Permalink: " + browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "")), page);
        screenshot("6-set-report");
        assertQuietConsole("the set form and the set page");
    }

    /**
     * Home, a comparison and a series inside the site, the library, a statement page, the series
     * form, an error page and a job's page: Chromium logs nothing on any of them (the watch and
     * account pages are checked so in WatchBrowserTest and AccountsBrowserTest). Labels carry a right-to-left override, which every
     * page shows as ⟨U+202E⟩ instead of reordering the text.
     */
    @Test
    void noPageLogsAnythingToTheConsole() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        // dated today, so that the home page's "recently added" (newest publication date first) shows them
        for (String file : List.of("base.txt", "counterpart.txt", "earlier-2023.txt")) {
            ids.add(given().contentType(ContentType.JSON)
                    .body(Map.of("text", Files.readString(Path.of("fixtures", "series", "lima-2024", file)) + "\n" + tag,
                            "label", file + " \u202Egnp.exe " + tag, "issuer", "Ministry\u200B " + tag,
                            "sourceUrl", "https://example.org/" + tag, "date", LocalDate.now(ZoneOffset.UTC).toString()))
                    .post("/api/statements").then().statusCode(201).extract().path("id"));
        }
        String comparison = given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("statementId", ids.get(0)), "right", Map.of("statementId", ids.get(1))))
                .post("/api/comparisons").then().statusCode(201).extract().path("id");
        String set = given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("statementId", ids.get(0)),
                        "others", List.of(Map.of("statementId", ids.get(1)), Map.of("statementId", ids.get(2)))))
                .post("/api/series").then().statusCode(201).extract().path("id");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("7-home", "");
        pages.put("8-comparison-in-site", "comparisons/" + comparison);
        pages.put("9-set-in-site", "series/" + set);
        pages.put("10-library", "statements");
        pages.put("11-statement", "statements/" + ids.get(0));
        pages.put("12-set-form", "series/new");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(home + page.getValue());
            String text = browser.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("\u27e8U+202E\u27e9gnp.exe " + tag), page.getKey() + " shows the override: " + text);
            assertFalse(text.contains("\u202E"), page.getKey() + " holds the override itself");
            screenshot(page.getKey());
            assertQuietConsole(page.getKey());
        }
        // the page kinds without a statement's label: an error page, and a comparison job's page
        browser.get(home + "comparisons/NoSuchComparison1");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("There is no comparison with the id"),
                "the error page says what is missing");
        screenshot("13-not-found");
        // Chromium reports the page's own 404 status; nothing else may be logged
        assertConsole("the error page", "SEVERE " + home + "comparisons/NoSuchComparison1 - Failed to load resource:"
                + " the server responded with a status of 404 (Not Found)");
        String job = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(Map.of("left", Map.of("statementId", ids.get(0)), "right", Map.of("statementId", ids.get(2))))
                .post("/api/comparisons").then().statusCode(202).extract().path("id");
        browser.get(home + "jobs/" + job);
        String jobPage = browser.findElement(By.tagName("body")).getText();
        assertTrue(jobPage.contains("job " + job) || jobPage.contains(tag), "the job's page, or the report it led to: " + jobPage);
        screenshot("14-job");
        assertQuietConsole("the job's page");
        browser.get(home + "comparisons/" + comparison);
        assertEquals("solid", browser.findElement(By.cssSelector("nav.readout-diff-site")).getCssValue("border-bottom-style"),
                "the site header is styled by the report's own style sheet");
        assertQuietConsole("the comparison page, again");
    }

    /** Console messages (errors, CSP violations, warnings) since the last call: there must be none. */
    private void assertQuietConsole(String where) {
        assertConsole(where);
    }

    /** Console messages since the last call: exactly these (level and text). */
    private void assertConsole(String where, String... expected) {
        List<String> messages = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
        assertEquals(List.of(expected), messages, where + " logged to the console");
    }

    private void fill(String slot, Path file, String label, String typedDate, String isoDate) {
        browser.findElement(By.name(slot + "File")).sendKeys(file.toFile().getPath());
        browser.findElement(By.name(slot + "Label")).sendKeys(label);
        var date = browser.findElement(By.name(slot + "Date"));
        date.sendKeys(typedDate);
        assertEquals(isoDate, date.getAttribute("value"), "the date field of " + slot);
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}

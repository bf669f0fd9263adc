package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journalist's path in headless Chromium: open the home page, upload two saved files, land on
 * the report, reload its permalink. A screenshot of each step goes to target/browser/. Skipped
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

        browser.navigate().refresh();
        assertEquals(permalink, browser.getCurrentUrl());
        assertEquals(report, browser.findElement(By.tagName("body")).getText(), "the permalink shows the same report");
        screenshot("4-report-reloaded");
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}

package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.readoutdiff.render.Browser;

/**
 * A monitoring desk's path through the watches in headless Chromium: add a watch from the
 * /watches form, check it from its page, see the version timeline grow with an edit (substantive,
 * its changes listed) and a quotes-only change (format-only, quiet), open a version sentence by
 * sentence and cite one (#S5), and see a failing watch's last error on /watches. The forms are
 * posted by the browser itself (Origin and Fetch-Metadata as it sends them); no page may log
 * anything to the console (a CSP violation, a failed load). Screenshots go to target/browser/.
 */
@QuarkusTest
class WatchBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser");

    @TestHTTPResource("/")
    URL home;

    @Test
    void addAWatchCheckItSeeTheTimelineAndCiteASentence() throws Exception {
        if (System.getenv("READOUT_DIFF_REQUIRE_BROWSER") == null) {
            assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/chromium"))
                    && java.nio.file.Files.isExecutable(Path.of("/usr/bin/chromedriver")), "Chromium and chromedriver are not installed");
        }
        String run = UUID.randomUUID().toString();
        try (TestSite site = new TestSite(WatchTest.FIRST.replace("<head>", "<head><!-- " + run + " -->"));
             Browser browser = new Browser()) {
            WebDriver driver = browser.driver;
            driver.get(home + "watches");
            assertEquals("Watches · readout-diff", driver.getTitle());
            quiet(browser, "/watches");

            driver.findElement(By.name("url")).sendKeys(site.url("/readout"));
            driver.findElement(By.name("label")).sendKeys("MFA readout \u202E " + run.substring(0, 8));
            driver.findElement(By.name("issuer")).sendKeys("China MFA");
            driver.findElement(By.name("meeting")).sendKeys("Xi-Biden, Lima");
            WebElement interval = driver.findElement(By.name("intervalMinutes"));
            interval.clear();
            interval.sendKeys("30");
            browser.screen(1280, 1000, false, "add", SHOTS.resolve("watch-1-form-filled.png"));
            driver.findElement(By.cssSelector("form.watch button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/watches/[A-Za-z0-9]{16}$"));
            String watchPage = driver.getCurrentUrl();
            String text = driver.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("\u27e8U+202E\u27e9") && !text.contains("\u202E"), "the override is shown, not obeyed: " + text);
            assertTrue(text.contains("30 minutes") && text.contains("not checked yet"), text);

            checkNow(driver, watchPage);
            site.edit(WatchTest.EDITED.replace("<head>", "<head><!-- " + run + " -->"));
            checkNow(driver, watchPage);
            site.edit(WatchTest.QUOTES_ONLY.replace("<head>", "<head><!-- " + run + " -->"));
            checkNow(driver, watchPage);
            List<WebElement> versions = driver.findElements(By.cssSelector("ol.timeline > li"));
            assertEquals(3, versions.size());
            assertTrue(versions.get(0).getText().startsWith("Version 3") && versions.get(0).getText().contains("format-only"),
                    versions.get(0).getText());
            assertTrue(versions.get(1).getText().contains("substantive"), versions.get(1).getText());
            assertTrue(versions.get(1).getText().contains("removed: The two sides also agreed to continue consultations"),
                    versions.get(1).getText());
            assertEquals("substantive", versions.get(1).getAttribute("class"));
            browser.screenshot(1280, false, SHOTS.resolve("watch-2-timeline.png"));
            quiet(browser, "the watch's page");

            versions.get(2).findElement(By.linkText("text, sentence by sentence")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/v/1$"));
            driver.get(driver.getCurrentUrl() + "#S5");
            WebElement cited = driver.findElement(By.id("S5"));
            assertTrue(cited.getText().contains("counternarcotics") && cited.getText().contains("not in version 2, 3"),
                    cited.getText());
            assertTrue(driver.findElement(By.tagName("body")).getText().contains("SHA-256 of the page"));
            browser.screenshot(1280, false, SHOTS.resolve("watch-3-citation.png"));
            quiet(browser, "the citation page");

            String failing = WatchTest.add(Map.of("url", site.url("/error"), "label", "A page that fails " + run.substring(0, 8)));
            given().post("/api/watches/" + failing + "/check").then().statusCode(200);
            driver.get(home + "watches");
            String list = driver.findElement(By.tagName("body")).getText();
            assertTrue(list.contains("HTTP 500 from " + site.url("/error")), list);
            assertFalse(list.contains("Exception"), list);
            browser.screen(1280, 900, false, "w-" + failing, SHOTS.resolve("watch-4-list-failing.png"));
            browser.screen(1280, 900, false, "add", SHOTS.resolve("watch-5-list-form.png"));
            quiet(browser, "/watches with a failing watch");
        }
    }

    private static void checkNow(WebDriver driver, String watchPage) {
        driver.get(watchPage);
        WebElement button = driver.findElement(By.xpath("//button[text()='Check now']"));
        button.click();
        // the form's answer is a new page (303 back to the watch): the old button is gone when it is
        // there. Not ExpectedConditions.stalenessOf: Chromium 150 may answer for a node of the old
        // page with "Node with given id does not belong to the document", an unknown error that
        // stalenessOf does not take for staleness (it failed CI's PostgreSQL pass once).
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(button));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(watchPage));
    }

    /** Whether the element is no longer in the page the browser shows. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    private static void quiet(Browser browser, String where) {
        List<String> messages = browser.console().stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
        assertEquals(List.of(), messages, where + " logged to the console");
    }
}

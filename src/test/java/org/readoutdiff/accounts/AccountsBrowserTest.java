package org.readoutdiff.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
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
 * Accounts in headless Chromium: a page sends an anonymous reader to the login form, an editor
 * signs in (the browser keeps the Secure, HttpOnly session cookie from localhost), publishes a
 * report with the toggle, and a second browser without an account opens the published report;
 * after unpublishing, the same link answers 404 at once. Screenshots go to target/browser/.
 */
@QuarkusTest
@TestProfile(AccountsProfile.class)
class AccountsBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser");
    private static final String PASSWORD = "correct horse battery";

    @TestHTTPResource("/")
    URL home;

    @Inject
    Accounts accounts;

    @Test
    void signInPublishAndReadThePublishedReportWithoutAnAccount() throws Exception {
        if (System.getenv("READOUT_DIFF_REQUIRE_BROWSER") == null) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
                    && Files.isExecutable(Path.of("/usr/bin/chromedriver")), "Chromium and chromedriver are not installed");
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "browser-" + run;
        accounts.addUser(name, Role.EDITOR, "newsroom", PASSWORD);
        String token = accounts.addToken(name, "setup");
        String id = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", "The sides met on Monday. They discussed trade, run " + run + ".",
                                "label", "Monday <b>draft</b>"),
                        "right", Map.of("text", "The sides met on Monday. They firmly discussed trade, run " + run + "."),
                        "mode", "versions"))
                .post("/api/comparisons").then().statusCode(201).extract().path("id");
        String report = home + "comparisons/" + id;

        try (Browser editor = new Browser(); Browser outsider = new Browser()) {
            WebDriver driver = editor.driver;
            driver.get(home + "statements");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/login$"));
            driver.findElement(By.id("j_username")).sendKeys(name);
            driver.findElement(By.id("j_password")).sendKeys(PASSWORD);
            editor.screen(1280, 700, false, "", SHOTS.resolve("accounts-1-login.png"));
            driver.findElement(By.id("sign-in")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(home.toString()));

            driver.get(report);
            assertEquals("Private to your team.", driver.findElement(By.id("publish-state")).getText());
            driver.findElement(By.id("publishing")).click();
            WebElement toggle = driver.findElement(By.id("publish-toggle"));
            assertEquals("Publish", toggle.getText());
            toggle.click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(report));
            assertTrue(driver.findElement(By.id("publish-state")).getText().startsWith("Published"),
                    driver.findElement(By.id("publish-state")).getText());
            editor.screenshot(1280, false, SHOTS.resolve("accounts-2-published-report.png"));
            quiet(editor, "the report after publishing");

            WebDriver anonymous = outsider.driver;
            anonymous.get(report);
            String text = anonymous.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("Monday <b>draft</b>"), "the label is shown as text: " + text);
            assertTrue(anonymous.findElement(By.id("publish-state")).getText().startsWith("Published"));
            assertEquals(List.of(), anonymous.findElements(By.id("publishing")), "no toggle without an account");
            outsider.screenshot(1280, false, SHOTS.resolve("accounts-3-published-without-account.png"));
            quiet(outsider, "the published report without an account");

            driver.get(report + "/publishing");
            driver.findElement(By.id("publish-toggle")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(report));
            assertEquals("Private to your team.", driver.findElement(By.id("publish-state")).getText());

            anonymous.navigate().refresh();
            assertEquals("Not found · readout-diff", anonymous.getTitle());
            anonymous.get(home + "statements");
            new WebDriverWait(anonymous, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/login$"));
        }
    }

    private static void quiet(Browser browser, String where) {
        List<String> messages = browser.console().stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
        assertEquals(List.of(), messages, where + " logged to the console");
    }
}

package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.readoutdiff.report.series.SeriesFixtures;
import org.readoutdiff.report.series.SeriesViews;

/**
 * The series report in headless Chromium: it loads with no console error and no request, the
 * speaker filter (radio buttons and style rules, no script) shows only the rows of that
 * speaker, it passes axe-core, and it prints. Screenshots and PDFs go to {@code target/browser/}.
 */
@Tag("browser")
@EnabledIf("org.readoutdiff.render.Browser#available")
class SeriesBrowserTest {

    private static Browser browser;
    private static Path lima;
    private static Path chinese;

    @BeforeAll
    static void writeReportsAndStartTheBrowser() throws IOException {
        Files.createDirectories(ReportBrowserTest.OUT);
        SeriesReportRenderer renderer = new SeriesReportRenderer();
        lima = ReportBrowserTest.OUT.resolve("series-lima-2024.html");
        Files.writeString(lima, renderer.render(SeriesViews.of(SeriesFixtures.lima())), StandardCharsets.UTF_8);
        chinese = ReportBrowserTest.OUT.resolve("series-zh-2023-2024.html");
        Files.writeString(chinese, renderer.render(SeriesViews.of(SeriesFixtures.chinese())), StandardCharsets.UTF_8);
        browser = new Browser();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void forgetEarlierLogs() {
        browser.console();
        browser.performanceLog();
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }

    @Test
    void loadsWithNoConsoleErrorAndNoRequest() {
        for (Path report : List.of(lima, chinese)) {
            browser.open(report);
            List<String> requests = new ArrayList<>();
            for (String event : browser.performanceLog()) {
                // the page's own requests; Chromium's new-tab page may still be loading its chrome:// parts
                if (event.contains("\"Network.requestWillBeSent\"") && !event.contains("\"url\":\"" + report.toUri() + "\"")
                        && !event.contains("\"documentURL\":\"chrome")) { // chrome:// and chrome-untrusted://
                    requests.add(event);
                }
            }
            assertEquals(List.of(), requests);
            assertEquals(List.of(), browser.console().stream().map(LogEntry::toString).toList());
            assertEquals("rgb(255, 255, 255)", browser.script("return getComputedStyle(document.body).backgroundColor;"),
                    "the style sheet applied (its CSP hash matches)");
        }
    }

    @Test
    void theSpeakerFilterShowsOnlyThatSpeakersRows() {
        browser.open(lima);
        long all = visibleRows();
        browser.driver.findElement(By.cssSelector("label:has(#who-biden)")).click();
        long biden = visibleRows();
        assertTrue(biden > 0 && biden < all, biden + " of " + all);
        assertEquals(Boolean.TRUE, browser.script("return [...document.querySelectorAll('.matrix tbody tr')]"
                + ".filter(r => getComputedStyle(r).display !== 'none').every(r => r.classList.contains('by-biden'));"));
        browser.driver.findElement(By.cssSelector("label:has(#who-none)")).click();
        assertEquals(Boolean.TRUE, browser.script("return [...document.querySelectorAll('.matrix tbody tr')]"
                + ".filter(r => getComputedStyle(r).display !== 'none').every(r => !r.classList.contains('attributed'));"));
        browser.driver.findElement(By.cssSelector("label:has(#who-all)")).click();
        assertEquals(all, visibleRows());
        browser.screenshot(1400, false, ReportBrowserTest.OUT.resolve("series-lima-2024-desktop.png"));
        browser.screenshot(390, true, ReportBrowserTest.OUT.resolve("series-lima-2024-phone.png"));
    }

    @Test
    void aPermalinkToASpeakerOpensNothingItNeedNotAndAFormulationIsATarget() {
        browser.driver.get(lima.toUri() + "#F9");
        assertEquals("F9", browser.script("return document.querySelector(':target').id;"));
        browser.driver.get(lima.toUri() + "#speaker-xi");
        assertEquals("DETAILS", browser.script("return document.querySelector(':target').tagName;"));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        String axe = new String(ReportBrowserTest.class.getResourceAsStream("/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (Path report : List.of(lima, chinese)) {
            for (String scheme : List.of("light", "dark")) {
                browser.cdp("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                browser.open(report);
                browser.script(axe);
                Object result = browser.driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        document.querySelectorAll('details').forEach(d => d.open = true);
                        axe.run(document, { resultTypes: ['violations'] }).then(r => done({ passes: r.passes.length,
                            bad: r.violations
                                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')) }));
                        """);
                Map<?, ?> outcome = (Map<?, ?>) result;
                assertTrue(((Number) outcome.get("passes")).intValue() > 10, "axe ran its rules: " + outcome);
                for (Object violation : (List<?>) outcome.get("bad")) {
                    found.add(report.getFileName() + " [" + scheme + "] " + violation);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void printsInLandscape() {
        browser.open(lima);
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.filter')).display;"));
        browser.pdf(11.69, 8.27, ReportBrowserTest.OUT.resolve("series-lima-2024-a4.pdf"));
        assertTrue(ReportBrowserTest.OUT.resolve("series-lima-2024-a4.pdf").toFile().length() > 10_000);
    }

    private static long visibleRows() {
        return ((Number) browser.script("return [...document.querySelectorAll('.matrix tbody tr')]"
                + ".filter(r => getComputedStyle(r).display !== 'none').length;")).longValue();
    }
}

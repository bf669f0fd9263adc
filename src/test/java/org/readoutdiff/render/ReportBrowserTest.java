package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.report.comparison.CounterpartsExample;
import org.readoutdiff.report.comparison.ReportFixtures;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * The report in a real browser (Debian's headless Chromium): it loads with no console error
 * and no network request, its links work, it passes axe-core, hostile text stays inert even
 * with the CSP switched off, and it prints. Screenshots and PDFs are left in
 * {@code target/browser/} to be looked at.
 */
@Tag("browser")
@EnabledIf("org.readoutdiff.render.Browser#available")
class ReportBrowserTest {

    static final Path OUT = Path.of("target", "browser");
    private static Browser browser;
    private static Path versions;
    private static Path moved;
    private static Path counterparts;
    private static Path seedUs;
    private static Path chinese;
    private static Path hostile;
    private static Path batchIndex;

    @BeforeAll
    static void writeReportsAndStartTheBrowser() throws IOException {
        versions = write("versions-mixed-edits.html", ReportFixtures.seedVersus("mixed-edits"));
        moved = write("versions-moved-paragraph.html", ReportFixtures.seedVersus("moved-paragraph"));
        counterparts = write("counterparts-analysis.html", CounterpartsExample.comparison());
        seedUs = write("counterparts-seed-us.html", ReportFixtures.seedVersusCounterpart());
        chinese = write("versions-chinese.html", ReportFixtures.compare(
                ReportFixtures.statement("versions/chinese-word-edits/left.txt", "新华社 4月2日", null),
                ReportFixtures.statement("versions/chinese-word-edits/right.txt", "修改版", null), Mode.AUTO));
        hostile = write("hostile.html", hostileComparison());
        batchIndex = OUT.resolve("batch-index.html").toAbsolutePath();
        Files.writeString(batchIndex, new BatchIndexRenderer().render(
                org.readoutdiff.report.batch.BatchSeriesWritersTest.batch("substantive")), StandardCharsets.UTF_8);
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
    void reportsLoadWithNoConsoleErrorAndNoNetworkRequest() {
        for (Path report : List.of(versions, moved, counterparts, seedUs, chinese, hostile, batchIndex)) {
            browser.open(report);
            String page = report.toUri().toString();
            List<String> requests = new ArrayList<>();
            for (String event : browser.performanceLog()) {
                if (event.contains("\"Network.requestWillBeSent\"") && !event.contains("\"url\":\"" + page + "\"")) {
                    requests.add(event);
                }
            }
            assertEquals(List.of(), requests, report + " made requests");
            assertEquals(0L, browser.script("return performance.getEntriesByType('resource').length;"));
            List<String> errors = browser.console().stream().map(LogEntry::toString).toList();
            assertEquals(List.of(), errors, report + " logged to the console");
            assertEquals("rgb(255, 255, 255)", browser.script("return getComputedStyle(document.body).backgroundColor;"),
                    "the style sheet applied (its CSP hash matches)");
        }
    }

    @Test
    void aClickOnAChangeScrollsToItsRow() {
        browser.open(versions);
        WebElement link = browser.driver.findElement(By.cssSelector("#C2 a.to-row"));
        assertEquals("#L17-R17", link.getDomAttribute("href"));
        link.click();
        assertEquals("#L17-R17", browser.script("return location.hash;"));
        assertEquals("L17-R17", browser.script("return document.querySelector(':target').id;"));
        Number top = (Number) browser.script("return document.getElementById('L17-R17').getBoundingClientRect().top;");
        Number height = (Number) browser.script("return window.innerHeight;");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue() / 2, "row at the top: " + top);
        assertTrue((Boolean) browser.script("return document.getElementById('L17-R17').querySelector('del').textContent === 'bound';"));
    }

    @Test
    void aPermalinkIntoAFoldedRunOpensIt() {
        browser.driver.get(versions.toUri() + "#L3-R3");
        assertEquals(Boolean.TRUE, browser.script("return document.getElementById('L3-R3').closest('details').open;"));
        Number top = (Number) browser.script("return document.getElementById('L3-R3').getBoundingClientRect().top;");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 600, "scrolled to: " + top);
    }

    @Test
    void movedBlocksLinkBothWays() {
        browser.open(moved);
        browser.driver.findElement(By.cssSelector("#L34-R39 .note a")).click();
        assertEquals("#move-1", browser.script("return location.hash;"));
        browser.driver.findElement(By.cssSelector("#move-1 .cell.right a")).click();
        assertEquals("#L34-R39", browser.script("return location.hash;"));
    }

    @Test
    void substantiveChangesComeFirstAndMinorOnesAreFoldedUntilOneClick() {
        browser.open(versions);
        assertEquals(List.of("C2", "C3", "C6", "C1", "C4", "C5"),
                browser.script("return [...document.querySelectorAll('#changes li')].map(li => li.id);"),
                "substantive changes first, each group in reading order");
        assertTrue(visible("#C2"), "a substantive change is shown at once");
        assertFalse(visible("#C1"), "a punctuation change is folded");
        assertEquals("3 minor changes: format, punctuation or page furniture; the words are the same ",
                browser.script("return document.querySelector('#changes details summary').textContent;"));
        browser.driver.findElement(By.cssSelector("#changes details summary")).click();
        assertTrue(visible("#C1"), "one click shows the minor changes");
    }

    @Test
    void formatAndPunctuationMarksCanBeSwitchedOff() {
        browser.open(versions);
        assertTrue(((String) browser.script("return getComputedStyle(document.querySelector('#C1-left')).textDecorationLine;"))
                .contains("line-through"));
        browser.driver.findElement(By.cssSelector("label[for=show-minor], #show-minor")).click();
        assertEquals(Boolean.FALSE, browser.script("return document.getElementById('show-minor').checked;"));
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('#C1-left')).textDecorationLine;"));
        assertTrue(((String) browser.script("return getComputedStyle(document.querySelector('#C2 del')).textDecorationLine;"))
                .contains("line-through"), "substantive changes stay marked");
    }

    @Test
    void theDeletionMarkIsNotStruckThrough() {
        browser.open(versions);
        // An inline block stops the strike-through of the deleted words from running through the minus sign.
        assertEquals("inline-block", browser.script("return getComputedStyle(document.querySelector('#C2 del'), '::before').display;"));
        assertEquals("\"−\" / \"deleted: \"", browser.script("return getComputedStyle(document.querySelector('#C2 del'), '::before').content;"));
        assertEquals("\"+\" / \"inserted: \"", browser.script("return getComputedStyle(document.querySelector('#C2 ins'), '::before').content;"));
    }

    private boolean visible(String selector) {
        return (Boolean) browser.script("return document.querySelector(arguments[0]).checkVisibility();", selector);
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        String axe = new String(ReportBrowserTest.class.getResourceAsStream("/axe.min.js").readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (Path report : List.of(versions, counterparts, seedUs, chinese, hostile)) {
            for (String scheme : List.of("light", "dark")) {
                browser.cdp("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                browser.open(report);
                // Injected through WebDriver, which the page's CSP does not govern (DevTools evaluation).
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

    /** Without the CSP's protection, escaping alone must keep every attack inert. */
    @Test
    void hostileTextStaysInertEvenWithTheContentSecurityPolicyOff() {
        browser.cdp("Page.setBypassCSP", Map.of("enabled", true));
        try {
            browser.open(hostile);
            assertFalse(((String) browser.script("return document.title;")).contains("PWNED"));
            assertEquals(0L, browser.script("return document.querySelectorAll('script, img, svg, iframe, object, embed').length;"));
            assertEquals(Boolean.FALSE, browser.script("return 'pwned' in window;"));
            String text = (String) browser.script("return document.body.innerText;");
            assertTrue(text.contains("<script>window.pwned=1</script>"), "shown as text");
            assertTrue(text.contains("\u27e8U+202E\u27e9"), "the override is shown, not obeyed");
            assertFalse(text.contains("\u202e"));
            assertEquals(1L, browser.script("return document.querySelectorAll('style').length;"));
            assertEquals(0L, browser.script(
                    "return [...document.querySelectorAll('a[href]')].filter(a => !/^(#|https?:)/.test(a.getAttribute('href'))).length;"));
        } finally {
            browser.cdp("Page.setBypassCSP", Map.of("enabled", false));
        }
    }

    @Test
    void chineseTextIsMarkedAsChinese() {
        browser.open(chinese);
        assertEquals("zh", browser.script("return document.querySelector('.row.edited .cell.left').lang;"));
        String font = (String) browser.script("return getComputedStyle(document.querySelector('.row.edited .cell.left')).fontFamily;");
        assertTrue(font.contains("CJK"), font);
    }

    @Test
    void printsOnA4AndLetterInBlackAndWhite() {
        browser.open(versions);
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", display(".toolbar"));
        assertEquals("rgb(0, 0, 0)", browser.script("return getComputedStyle(document.querySelector('#L17-R17 del')).color;"));
        assertTrue(((String) browser.script("return getComputedStyle(document.querySelector('#L17-R17 del')).textDecorationLine;"))
                .contains("line-through"));
        browser.pdf(8.27, 11.69, OUT.resolve("versions-mixed-edits-a4.pdf"));
        browser.pdf(8.5, 11, OUT.resolve("versions-mixed-edits-letter.pdf"));
        assertTrue(OUT.resolve("versions-mixed-edits-a4.pdf").toFile().length() > 10_000);
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidthsInLightAndDark() {
        for (Path report : List.of(versions, counterparts, chinese, moved)) {
            String name = report.getFileName().toString().replace(".html", "");
            browser.open(report);
            browser.screenshot(1400, false, OUT.resolve(name + "-desktop.png"));
            browser.screenshot(390, true, OUT.resolve(name + "-phone.png"));
            browser.open(report);
            browser.screen(1400, 1000, false, "", OUT.resolve(name + "-desktop-top.png"));
            browser.screen(390, 844, true, "", OUT.resolve(name + "-phone-top.png"));
            browser.screen(1400, 1000, false, "side-by-side", OUT.resolve(name + "-desktop-rows.png"));
            browser.screen(390, 844, true, "side-by-side", OUT.resolve(name + "-phone-rows.png"));
            assertTrue(OUT.resolve(name + "-phone.png").toFile().length() > 10_000);
        }
        browser.open(seedUs);
        browser.screen(1400, 1000, false, "topics", OUT.resolve("counterparts-seed-us-desktop-topics.png"));
        browser.screen(1400, 1000, false, "shared", OUT.resolve("counterparts-seed-us-desktop-shared.png"));
        browser.screen(1400, 1000, false, "side-by-side", OUT.resolve("counterparts-seed-us-desktop-rows.png"));
        browser.open(moved);
        browser.screen(1400, 1000, false, "L33-R33", OUT.resolve("versions-moved-paragraph-desktop-move.png"));
        browser.cdp("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.open(versions);
        assertEquals("rgb(21, 21, 21)", browser.script("return getComputedStyle(document.body).backgroundColor;"));
        browser.screenshot(1400, false, OUT.resolve("versions-mixed-edits-dark.png"));
    }

    private static String display(String selector) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).display;", selector);
    }

    private static Path write(String name, Comparison comparison) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name).toAbsolutePath();
        Files.writeString(file, HtmlReportRendererTest.RENDERER.render(ReportViews.of(comparison)), StandardCharsets.UTF_8);
        return file;
    }

    private static Comparison hostileComparison() {
        String attack = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=1\">"
                + "</style><svg onload=\"window.pwned=1\"></svg> \u202eevil\u202c";
        StatementMetadata metadata = new StatementMetadata(attack, attack, attack, "javascript:window.pwned=1", attack);
        Statement left = new Statement("left " + attack, "The sides met in Lima. They agreed on trade. " + attack
                + " is a hostile sentence.", "0".repeat(64), metadata);
        Statement right = new Statement("right " + attack, "The sides met in Lima. They agreed on " + attack
                + " trade. Another one.", "1".repeat(64), metadata.withSourceUrl("data:text/html,<script>window.pwned=1</script>"));
        return ReportFixtures.compare(left, right, Mode.VERSIONS);
    }
}

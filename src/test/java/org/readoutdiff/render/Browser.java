package org.readoutdiff.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver (never a downloaded browser):
 * console and network logs switched on, and the DevTools commands the report tests need.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final Path profile;

    /**
     * For JUnit's {@code @EnabledIf}: the browser tests need both programs. Where
     * {@code READOUT_DIFF_REQUIRE_BROWSER} is set (CI sets it) they always run, so that a missing
     * browser fails them instead of skipping them quietly.
     */
    static boolean available() {
        return System.getenv("READOUT_DIFF_REQUIRE_BROWSER") != null
                || Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser() {
        try {
            profile = Files.createTempDirectory("readout-diff-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(Path file) {
        driver.get(file.toUri().toString());
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Console messages since the last call. */
    public List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** DevTools events since the last call, as JSON strings ({"message": {"method": ..., "params": ...}}). */
    List<String> performanceLog() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Emulates a screen of this size (CSS pixels) and saves what it shows, from {@code fragment} ("" for the top). */
    public void screen(int width, int height, boolean mobile, String fragment, Path png) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", mobile));
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const target = arguments[0] && document.getElementById(arguments[0]);
                if (target) { target.scrollIntoView(); } else { window.scrollTo(0, 0); }
                requestAnimationFrame(() => requestAnimationFrame(done));
                """, fragment);
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png"));
        write(png, Base64.getDecoder().decode((String) shot.get("data")));
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Emulates a screen of this width (CSS pixels) and saves the whole page as a PNG. Rows skipped
     * by {@code content-visibility: auto} off screen are rendered first, or they would be blank.
     */
    public void screenshot(int width, boolean mobile, Path png) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", mobile));
        script("document.querySelectorAll('.row').forEach(r => r.style.contentVisibility = 'visible');");
        Number height = (Number) script("return Math.min(document.documentElement.scrollHeight, 16000);");
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height.intValue(), "scale", 1)));
        write(png, Base64.getDecoder().decode((String) shot.get("data")));
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Prints the page to PDF on a paper size given in inches. */
    void pdf(double width, double height, Path pdf) {
        Map<String, Object> printed = cdp("Page.printToPDF", Map.of("paperWidth", width, "paperHeight", height,
                "printBackground", true, "preferCSSPageSize", false));
        write(pdf, Base64.getDecoder().decode((String) printed.get("data")));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}

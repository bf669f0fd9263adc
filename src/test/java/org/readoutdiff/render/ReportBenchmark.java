package org.readoutdiff.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.report.comparison.ReportView;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.TextDecoder;

/**
 * Benchmark, not a test (run by {@code src/bench/report.sh}): renders the HTML report of each
 * pair given (left and right file names in turn), then opens it in headless Chromium and
 * measures how long the page takes to load and paint. Prints a Markdown table and writes it to
 * {@code target/bench/report.md}. Targets: a 1 MB pair renders to under 15 MB and opens in
 * under 5 s.
 */
public final class ReportBenchmark {

    private static final int OPENINGS = 3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: ReportBenchmark LEFT RIGHT [LEFT RIGHT ...]");
            System.exit(2);
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        lines.add("| pair | input (chars L+R) | compare s | view s | render s | HTML MB | rows | open s (load event, each run) | first paint s | verdict |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        HtmlReportRenderer renderer = new HtmlReportRenderer();
        try (Browser browser = new Browser()) {
            for (int i = 0; i < args.length; i += 2) {
                lines.add(measure(Path.of(args[i]), Path.of(args[i + 1]), renderer, browser, out));
                System.out.println(lines.get(lines.size() - 1));
            }
        }
        String table = String.join("\n", lines) + "\n";
        Files.writeString(out.resolve("report.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(table);
    }

    private static String measure(Path leftFile, Path rightFile, HtmlReportRenderer renderer, Browser browser, Path out)
            throws Exception {
        Statement left = read(leftFile);
        Statement right = read(rightFile);
        long t0 = System.nanoTime();
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults()).compare(left, right);
        long t1 = System.nanoTime();
        ReportView view = ReportViews.of(comparison);
        long t2 = System.nanoTime();
        String name = leftFile.getFileName().toString().replaceAll("\\.[AB]?\\.?txt$", "").replace(".A", "");
        Path html = out.resolve(name + ".html").toAbsolutePath();
        try (BufferedWriter writer = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            renderer.write(view, writer);
        }
        long t3 = System.nanoTime();
        List<String> opens = new ArrayList<>();
        String paint = "";
        for (int run = 0; run < OPENINGS; run++) {
            browser.driver.get("about:blank");
            long start = System.nanoTime();
            browser.open(html);
            double wall = (System.nanoTime() - start) / 1e9;
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) browser.script("""
                    const n = performance.getEntriesByType('navigation')[0];
                    const p = performance.getEntriesByName('first-contentful-paint')[0];
                    return { load: n.loadEventEnd, paint: p ? p.startTime : -1 };""");
            opens.add(String.format(Locale.ROOT, "%.2f (wall %.2f)", number(timing.get("load")) / 1000, wall));
            paint = String.format(Locale.ROOT, "%.2f", number(timing.get("paint")) / 1000);
        }
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %d | %s | %s | %s |", name,
                left.text().length() + right.text().length(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                Files.size(html) / 1e6, view.rows().size(), String.join("; ", opens), paint,
                comparison.summary().verdict().label() + (comparison.limits().degraded() ? " (degraded)" : ""));
    }

    private static double number(Object value) {
        return value == null ? -1 : ((Number) value).doubleValue();
    }

    private static Statement read(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new Statement(file.getFileName().toString(), new TextDecoder().decode(bytes, null).text(),
                Statement.sha256(bytes), null);
    }
}

package org.readoutdiff.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesEngine;
import org.readoutdiff.render.SeriesReportRenderer;
import org.readoutdiff.report.series.SeriesViews;
import org.readoutdiff.text.Statement;

/**
 * Times one base statement against several others in process, end to end: read the files,
 * compare (every pairwise comparison, attribution, formulation tracking), render the HTML
 * report and write it. The first run includes class loading and the JIT's warm-up, as a
 * command-line run does (without the JVM's own start); later runs show the warm cost, as a
 * server sees it. Prints wall and process CPU time per run. Not a test:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.readoutdiff.bench.SeriesBenchmark \
 *     [repetitions] BASE OTHER OTHER...
 * </pre>
 */
public final class SeriesBenchmark {

    private SeriesBenchmark() {
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int repetitions = Integer.parseInt(args[0]);
        Path out = Path.of("target", "bench", "series.html");
        Files.createDirectories(out.getParent());
        SeriesReportRenderer renderer = null;
        for (int run = 1; run <= repetitions; run++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Statement> statements = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                statements.add(Statement.of(file.getFileName().toString(), Files.readString(file)));
            }
            SeriesComparison series = new SeriesEngine(ComparisonOptions.defaults())
                    .compare(statements.get(0), statements.subList(1, statements.size()));
            long compared = System.nanoTime();
            if (renderer == null) {
                renderer = new SeriesReportRenderer();
            }
            String html = renderer.render(SeriesViews.of(series));
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                file.write(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "run %d: %.0f ms end to end (compare %.0f ms, report %.0f ms, %d KB HTML),"
                            + " process CPU %.0f ms; %d statements, %d rows, %d formulations%n",
                    run, (end - start) / 1e6, (compared - start) / 1e6, (end - compared) / 1e6, html.length() >> 10,
                    (processCpuNanos() - cpuStart) / 1e6, series.size(), series.rows().size(), series.formulations().size());
        }
    }
}

package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged command as a CI job runs it: with GITHUB_STEP_SUMMARY set in the environment,
 * batch appends its Markdown summary to that file (no option needed), and exits 1 on
 * substantive change with {@code --fail-on substantive}.
 */
class BatchStepSummaryIT {

    @Test
    void theStepSummaryFromTheEnvironmentIsAppendedTo() throws IOException, InterruptedException {
        Path work = Files.createDirectories(Path.of("target", "step-summary-it"));
        Path summary = work.resolve("step-summary.md");
        Files.writeString(summary, "Build: ok\n");
        Path out = work.resolve("reports");
        Path stderr = work.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/quarkus-app/quarkus-run.jar", "batch", "fixtures/reports-example.yaml", "-o", out.toString(),
                "--fail-on", "substantive", "--junit", work.resolve("junit.xml").toString()))
                .redirectError(stderr.toFile())
                .redirectOutput(work.resolve("stdout.txt").toFile());
        builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "batch did not finish in 2 minutes");
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), errors);
        assertEquals("", Files.readString(work.resolve("stdout.txt")));
        String appended = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(appended.startsWith("Build: ok\n\n# Lima, 16 November 2024: China's readout against the US readout,"
                + " an edited copy and the earlier meetings\n\n3 comparisons: 3 substantive. **3 fail `--fail-on "
                + "substantive`** (exit status 1)."), appended);
        assertTrue(appended.contains("## China's readout (Xinhua) \u2192 China's readout, edited copy (planted edits)"),
                appended);
        assertTrue(appended.contains("## China's readout, Lima 2024 (Xinhua) against 3 statements"), appended);
        assertTrue(Files.exists(work.resolve("junit.xml")));
        assertTrue(errors.contains("[2/3] seed--edited: substantive"), errors);
        assertTrue(errors.contains("[3/3] lima-series: substantive \u2014 Against 3 others: 3 substantive."), errors);
    }
}

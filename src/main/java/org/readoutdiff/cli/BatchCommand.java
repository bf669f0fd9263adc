package org.readoutdiff.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.readoutdiff.service.BatchManifest;
import org.readoutdiff.service.BatchRunner;
import org.readoutdiff.service.FailOn;
import org.readoutdiff.service.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch MANIFEST -o DIR}: every comparison a manifest lists, their reports and an index. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the comparisons a manifest (YAML or JSON) lists and writes one report per comparison and "
                + "format, an index.html and index.md listing them, and a summary.json. A base with two others or "
                + "more is one series comparison with one report.",
                "Nothing is written unless the whole manifest is valid; DIR is replaced as a whole at the end."},
        footer = {"", "Exit codes: 0 ran fine and nothing to fail on; 1 a comparison has differences that --fail-on "
                + "asked to fail on;", "2 usage, manifest or input error (nothing written); 3 internal error."})
class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MANIFEST",
            description = "The manifest; every path in it is relative to its folder and must stay inside it.")
    Path manifest;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write into; created if needed, replaced as a whole.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "none",
            description = "none, substantive or any: exit 1 when a comparison has such differences (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write a JUnit XML file: one test case per comparison (a series is one), failing as "
                    + "--fail-on says.")
    Path junit;

    @Option(names = "--step-summary", paramLabel = "FILE", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "Append the Markdown summary to FILE (default: $GITHUB_STEP_SUMMARY when it is set).")
    String stepSummary;

    @Option(names = "--timestamp",
            description = "Record the time of the run in the index and summary.json (by default outputs depend only on the inputs).")
    boolean timestamp;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Inject
    BatchRunner runner;

    @Override
    public Integer call() throws InputProblem, IOException {
        BatchManifest read = runner.read(manifest, manifest.toString());
        Path summary = stepSummary == null || stepSummary.isBlank() ? null : Path.of(stepSummary);
        BatchRunner.Settings settings = new BatchRunner.Settings(output, output.toString(), failOn, junit,
                junit == null ? null : junit.toString(), summary, stepSummary, timestamp ? Instant.now() : null,
                line -> {
                    if (!quiet) {
                        System.err.println(line);
                    }
                });
        BatchRunner.Outcome outcome = runner.run(read, settings);
        if (!quiet) {
            System.err.println("readout-diff: wrote " + outcome.view().counts().comparisons() + " comparisons ("
                    + outcome.reportFiles() + " reports, index.html, index.md, summary.json) to " + output
                    + (outcome.fails() ? "; " + outcome.view().counts().failing() + " failing --fail-on " + failOn.label()
                    : ""));
        }
        return outcome.fails() ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }
}

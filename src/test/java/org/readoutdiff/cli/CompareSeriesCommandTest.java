package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code compare BASE OTHER OTHER...} end to end: the series report in each format, --verbs, usage errors. */
@QuarkusMainTest
class CompareSeriesCommandTest {

    private static final String DIR = "fixtures/series/lima-2024/";
    private static final String[] FILES = {DIR + "base.txt", DIR + "counterpart.txt", DIR + "earlier-2023.txt",
        DIR + "earlier-2022.txt"};
    private static final Pattern LOG_RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");
    private static Path work;

    @BeforeAll
    static void folder() throws IOException {
        work = Files.createDirectories(Path.of("target", "cli-series-test"));
    }

    private static String[] args(String... options) {
        String[] all = new String[1 + options.length + FILES.length];
        all[0] = "compare";
        System.arraycopy(options, 0, all, 1, options.length);
        System.arraycopy(FILES, 0, all, 1 + options.length, FILES.length);
        return all;
    }

    @Test
    void threeFilesOrMoreMakeOneSeriesReport(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult text = launcher.launch(args("--fail-on", "substantive"));
        assertEquals(1, text.exitCode(), text.getErrorOutput());
        assertTrue(text.getOutput().startsWith("series: base.txt against 3 statements; substantive"), text.getOutput());
        assertTrue(text.getOutput().contains("order: S3 -> S2 -> S1 -> Base"), text.getOutput());

        Path json = work.resolve("series.json");
        LaunchResult written = launcher.launch(args("-o", json.toString()));
        assertEquals(0, written.exitCode(), written.getErrorOutput());
        String document = Files.readString(json);
        assertTrue(document.contains("\"schema\" : \"readout-diff/series/1\""));
        assertTrue(document.contains("\"scaleVerb\" : \"stressed\""));

        LaunchResult folder = launcher.launch(args("--format", "html", "-o", work.toString()));
        assertEquals(0, folder.exitCode(), folder.getErrorOutput());
        assertTrue(Files.readString(work.resolve("base--3-others.html")).startsWith("<!DOCTYPE html>"));

        LaunchResult md = launcher.launch(args("--format", "md"));
        assertTrue(md.getOutput().startsWith("## base.txt against 3 statements"), md.getOutput());
    }

    @Test
    void aUserVerbScaleReplacesTheDefault(QuarkusMainLauncher launcher) throws IOException {
        Path scale = work.resolve("verbs.txt");
        Files.writeString(scale, "# flat\n1 speech stressed\n1 speech noted\n1 speech stated\n");
        LaunchResult result = launcher.launch(args("--format", "json", "--verbs", scale.toString()));
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertFalse(result.getOutput().contains("\"verbContrasts\""), "every verb has the same strength: no contrast");
        assertFalse(result.getOutput().contains("\"scaleVerb\" : \"agreed\""), "the default scale is not used");

        Files.writeString(scale, "stressed 3\n");
        assertInputError(launcher.launch(args("--verbs", scale.toString())), "readout-diff: target/cli-series-test/verbs.txt:"
                + " line 1: expected STRENGTH CATEGORY phrase, the strength a number from 1 to 9 or -, the category a"
                + " lower-case word such as speech (e.g. \"3 speech stressed\"): stressed 3");
    }

    @Test
    void twoStatementOptionsAreUsageErrorsWithMoreFiles(QuarkusMainLauncher launcher) {
        assertInputError(launcher.launch(args("--right-label", "US")), "readout-diff: --right-label names the right"
                + " statement of two; with more files each statement is named after its file");
        assertInputError(launcher.launch(args("--format", "inline")), "readout-diff: --format inline shows two"
                + " statements; with more files use html, json, md or text");
        assertInputError(launcher.launch("compare", FILES[0], FILES[1], work.resolve("missing.txt").toString()),
                "readout-diff: target/cli-series-test/missing.txt: no such file");
    }

    private static void assertInputError(LaunchResult result, String message) {
        assertEquals(2, result.exitCode(), result.getErrorOutput());
        assertEquals(List.of(message), result.getErrorStream().stream()
                .filter(line -> !LOG_RECORD.matcher(line).lookingAt()).filter(line -> !line.isBlank()).toList());
    }
}

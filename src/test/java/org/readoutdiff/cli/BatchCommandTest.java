package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The batch command end to end, in-process: every exit code, the outputs and their bytes, the
 * JUnit file and the step summary, and bad manifests that must leave nothing written.
 */
@QuarkusMainTest
class BatchCommandTest {

    private static final Pattern LOG_RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path work;
    private static Path in;

    /** A manifest folder holding copies of the fixtures it uses. */
    @BeforeAll
    static void inputs() throws IOException {
        work = Path.of("target", "batch-test");
        deleteTree(work);
        in = Files.createDirectories(work.resolve("in"));
        Files.copy(Path.of("fixtures/statements/seed-lima-2024-cn.txt"), in.resolve("seed.txt"));
        Files.copy(Path.of("fixtures/versions/word-substitutions/right.txt"), in.resolve("edited.txt"));
        Files.copy(Path.of("fixtures/versions/format-noise/right.txt"), in.resolve("noise.txt"));
        Files.writeString(in.resolve("watch.yaml"), """
                title: Seed watch
                comparisons:
                  - id: seed
                    base: {file: seed.txt, label: Seed, issuer: Ministry}
                    others:
                      - {id: edited, file: edited.txt, label: Edited copy}
                  - id: seed--noise
                    left: {file: seed.txt, label: Seed, issuer: Ministry}
                    right: {file: noise.txt, label: Re-typed copy}
                  - id: same
                    left: seed.txt
                    right: seed.txt
                    formats: [json, text]
                """);
        Files.writeString(in.resolve("verbs.txt"), "9 speech shared\n");
        Files.writeString(in.resolve("series.yaml"), """
                title: Seed series
                comparisons:
                  - id: seed
                    title: The seed against two copies
                    base: {file: seed.txt, label: Seed, date: "2024-11-18"}
                    others:
                      - {id: noise, file: noise.txt, label: Re-typed copy}
                      - {id: edited, file: edited.txt, label: Edited copy}
                    formats: [html, json, md, text]
                    verbs: verbs.txt
                  - {id: noise, left: seed.txt, right: noise.txt}
                """);
        Files.writeString(in.resolve("noise.yaml"), """
                comparisons:
                  - {id: noise, left: seed.txt, right: noise.txt}
                  - {id: edited, left: seed.txt, right: edited.txt, failOn: false}
                """);
    }

    private static String manifest(String name) {
        return in.resolve(name).toString();
    }

    @Test
    void aRunWithNothingToFailOnExitsZeroAndTheSameInputsGiveTheSameBytes(QuarkusMainLauncher launcher)
            throws IOException {
        Path first = work.resolve("same-1");
        Path second = work.resolve("same-2");
        LaunchResult run = launcher.launch("batch", manifest("watch.yaml"), "-o", first.toString());
        assertEquals(0, run.exitCode(), run.getErrorOutput());
        assertEquals("", run.getOutput());
        List<String> progress = messages(run);
        assertEquals(4, progress.size(), run.getErrorOutput());
        assertTrue(progress.get(0).matches("\\[1/3] seed--edited: substantive \u2014 4 substantive changes\\. \\(\\d+\\.\\d s\\)"),
                progress.get(0));
        assertTrue(progress.get(2).startsWith("[3/3] same: identical \u2014 No differences"), progress.get(2));
        assertEquals("readout-diff: wrote 3 comparisons (8 reports, index.html, index.md, summary.json) to "
                + first, progress.get(3));
        assertEquals(List.of("index.html", "index.md", "same.json", "same.txt", "seed--edited.html", "seed--edited.json",
                "seed--edited.md", "seed--noise.html", "seed--noise.json", "seed--noise.md", "summary.json"),
                List.copyOf(files(first).keySet()));

        LaunchResult again = launcher.launch("batch", manifest("watch.yaml"), "-o", second.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.getErrorOutput());
        assertEquals(List.of(), messages(again));
        assertSameFiles(files(first), files(second));

        JsonNode summary = JSON.readTree(first.resolve("summary.json").toFile());
        assertEquals("none", summary.get("failOn").asText());
        assertEquals(0, summary.get("exitStatus").asInt());
        assertFalse(summary.has("generatedAt"));
        assertEquals("seed.txt", summary.get("comparisons").get(0).get("left").get("file").asText());
        assertEquals("Edited copy", summary.get("comparisons").get(0).get("right").get("label").asText());
        assertEquals("format-only", summary.get("comparisons").get(1).get("verdict").asText());
    }

    @Test
    void failOnSubstantiveExitsOneAndTheJUnitFileAndTheStepSummarySaySo(QuarkusMainLauncher launcher)
            throws Exception {
        Path out = work.resolve("fail");
        Path junit = work.resolve("ci/junit.xml");
        Path stepSummary = work.resolve("step-summary.md");
        Files.writeString(stepSummary, "An earlier command's summary.\n");
        LaunchResult run = launcher.launch("batch", manifest("watch.yaml"), "-o", out.toString(), "--fail-on",
                "substantive", "--junit", junit.toString(), "--step-summary", stepSummary.toString(), "--timestamp");
        assertEquals(1, run.exitCode(), run.getErrorOutput());
        assertTrue(messages(run).get(3).endsWith("; 1 failing --fail-on substantive"), run.getErrorOutput());

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("exitStatus").asInt());
        assertEquals(List.of(1, 0, 0), exitStatuses(summary));
        assertTrue(summary.get("generatedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        assertOneFailingCase(junit, 3, "seed--edited", "4 substantive changes.");

        String appended = Files.readString(stepSummary);
        assertTrue(appended.startsWith("An earlier command's summary.\n\n# Seed watch\n\n3 comparisons: 1 substantive, "
                + "1 format-only, 1 identical. **1 fails `--fail-on substantive`** (exit status 1)."), appended);
        assertTrue(appended.contains("| `seed--edited.html` \u00b7 `seed--edited.json` \u00b7 `seed--edited.md` |"),
                appended);
        assertTrue(appended.contains("## Seed \u2192 Edited copy"), appended);
        assertTrue(appended.contains("~~firmly~~ upholds"), appended);
    }

    /** Also: with the HTTP ports already taken, a batch run that tried to listen would fail to start. */
    @Test
    void formatNoisePassesSubstantiveButFailsAnyAndAnEntryCanStayOutOfFailOn(QuarkusMainLauncher launcher)
            throws IOException {
        LaunchResult substantive;
        try (ServerSocket http = bind(8080); ServerSocket test = bind(8081)) {
            substantive = launcher.launch("batch", manifest("noise.yaml"), "-o", work.resolve("noise").toString(),
                    "--fail-on", "substantive", "-q");
        }
        assertEquals(0, substantive.exitCode(), substantive.getErrorOutput());
        assertEquals(List.of(0, 0), exitStatuses(JSON.readTree(work.resolve("noise/summary.json").toFile())));
        LaunchResult any = launcher.launch("batch", manifest("noise.yaml"), "-o", work.resolve("noise").toString(),
                "--fail-on", "any", "-q");
        assertEquals(1, any.exitCode(), any.getErrorOutput());
        assertEquals(List.of(1, 0), exitStatuses(JSON.readTree(work.resolve("noise/summary.json").toFile())));
    }

    @Test
    void aBadManifestExitsTwoNamingTheEntryAndLeavesTheEarlierReportsAlone(QuarkusMainLauncher launcher)
            throws IOException {
        Path good = work.resolve("kept");
        assertEquals(0, launcher.launch("batch", manifest("watch.yaml"), "-o", good.toString(), "-q").exitCode());
        Map<String, byte[]> before = files(good);
        Files.writeString(work.resolve("outside.txt"), "outside\n");
        Map<String, String> bad = new TreeMap<>(Map.of(
                "missing-file.yaml", "comparisons:\n  - {id: gone, left: seed.txt, right: gone.txt}\n",
                "unknown-option.yaml", "comparisons:\n  - {id: a, left: seed.txt, right: edited.txt}\n"
                        + "  - id: seed-vs-us\n    left: seed.txt\n    right: edited.txt\n    mdoe: versions\n",
                "malformed.yaml", "comparisons:\n  - id: a\n    left: seed.txt\n   right: edited.txt\n",
                "outside.yaml", "comparisons:\n  - {id: a, left: seed.txt, right: ../outside.txt}\n",
                "empty-statement.yaml", "comparisons:\n  - {id: a, left: seed.txt, right: empty.txt}\n",
                "bad-topics.yaml", "comparisons:\n  - {id: a, left: seed.txt, right: edited.txt, topics: topics.txt}\n",
                "series-missing.yaml", "comparisons:\n  - {id: a, left: seed.txt, right: edited.txt}\n"
                        + "  - {id: s, base: seed.txt, others: [edited.txt, gone.txt]}\n",
                "series-empty.yaml", "comparisons:\n  - {id: s, base: seed.txt, others: [edited.txt, {file: empty.txt}]}\n",
                "series-bad-verbs.yaml", "comparisons:\n  - {id: s, base: seed.txt, others: [edited.txt, noise.txt], "
                        + "verbs: topics.txt}\n"));
        Files.writeString(in.resolve("topics.txt"), "synthetic drugs\n[fentanyl] Fentanyl\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Map<String, String> expected = Map.of(
                "missing-file.yaml", "comparisons[0] (gone): right: gone.txt: no such file",
                "unknown-option.yaml", "comparisons[1] (seed-vs-us): unknown option 'mdoe' (expected id, title, left, "
                        + "right, base, others, mode, formats, failOn, ignoreCase, timeBudget, topics or verbs)",
                "malformed.yaml", "is not valid YAML at line 4, column 4: expected <block end>, but found "
                        + "'<block mapping start>' (while parsing a block collection)",
                "outside.yaml", "comparisons[0] (a): right: '../outside.txt' is outside the manifest's folder",
                "empty-statement.yaml", "comparisons[0] (a): right: empty.txt: is empty",
                "bad-topics.yaml", "comparisons[0] (a): topics: topics.txt: line 1: term 'synthetic drugs' comes before"
                        + " any topic; start the file with a line such as [taiwan] Taiwan",
                "series-missing.yaml", "comparisons[1] (s): others[1]: gone.txt: no such file",
                "series-empty.yaml", "comparisons[0] (s): others[1]: file: empty.txt: is empty",
                "series-bad-verbs.yaml", "comparisons[0] (s): verbs: topics.txt: line 1: expected STRENGTH CATEGORY "
                        + "phrase, the strength a number from 1 to 9 or -, the category a lower-case word such as speech"
                        + " (e.g. \"3 speech stressed\"): synthetic drugs");
        for (Map.Entry<String, String> manifest : bad.entrySet()) {
            Files.writeString(in.resolve(manifest.getKey()), manifest.getValue());
            for (Path out : List.of(good, work.resolve("never"))) {
                LaunchResult run = launcher.launch("batch", manifest(manifest.getKey()), "-o", out.toString());
                assertEquals(2, run.exitCode(), run.getErrorOutput());
                assertEquals(List.of("readout-diff: " + manifest(manifest.getKey()) + ": "
                        + expected.get(manifest.getKey())), messages(run));
            }
            assertSameFiles(before, files(good));
            assertFalse(Files.exists(work.resolve("never")), manifest.getKey());
            try (Stream<Path> siblings = Files.list(work)) {
                assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList());
            }
        }
    }

    /** A base with two others: one report set, one summary item, one test case; --fail-on on the strongest verdict. */
    @Test
    void aSeriesEntryIsOneComparisonWithOneSetOfReports(QuarkusMainLauncher launcher) throws Exception {
        Path out = work.resolve("series");
        Path junit = out.resolve("junit.xml");
        Path stepSummary = work.resolve("series-step-summary.md");
        Files.deleteIfExists(stepSummary);
        LaunchResult run = launcher.launch("batch", manifest("series.yaml"), "-o", out.toString(), "--fail-on",
                "substantive", "--junit", junit.toString(), "--step-summary", stepSummary.toString());
        assertEquals(1, run.exitCode(), run.getErrorOutput());
        List<String> progress = messages(run);
        assertTrue(progress.get(0).matches("\\[1/2] seed: substantive \u2014 Against 2 others: 1 substantive, "
                + "1 format-only\\. \\(\\d+\\.\\d s\\)"), progress.get(0));
        assertEquals("readout-diff: wrote 2 comparisons (7 reports, index.html, index.md, summary.json) to " + out
                + "; 1 failing --fail-on substantive", progress.get(2));
        assertEquals(List.of("index.html", "index.md", "junit.xml", "noise.html", "noise.json", "noise.md", "seed.html",
                "seed.json", "seed.md", "seed.txt", "summary.json"), List.copyOf(files(out).keySet()));

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        JsonSchema schema;
        try (InputStream in = BatchCommandTest.class.getResourceAsStream("/schema/batch-1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
        assertEquals(Set.of(), schema.validate(summary));
        JsonNode series = summary.get("comparisons").get(0);
        assertEquals("series", series.get("kind").asText());
        assertEquals("seed.txt", series.get("base").get("file").asText());
        assertEquals(List.of("seed--noise", "seed--edited"), series.get("others").findValuesAsText("id"));
        assertEquals(List.of(0, 1, 1, 0), exitStatuses(summary), "seed--noise, seed--edited, seed, noise");
        assertEquals("seed.html", series.get("reports").get("html").asText());

        JsonNode report = JSON.readTree(out.resolve("seed.json").toFile());
        assertEquals("readout-diff/series/1", report.get("schema").asText());
        assertEquals(List.of("Seed", "Re-typed copy", "Edited copy"), report.get("statements").findValuesAsText("label"));
        JsonNode shared = report.get("statements").get(0).get("sentences").findParents("scaleVerb").get(0);
        assertEquals("shared", shared.get("scaleVerb").asText());
        assertEquals(9, shared.get("strength").asInt(), "the entry's verb scale, not the default");

        assertOneFailingCase(junit, 2, "seed", "1 of 2 fail: Edited copy (4 substantive changes.)");

        String appended = Files.readString(stepSummary);
        assertTrue(appended.contains("| \u21b3 seed--edited | \u2192 Edited copy | substantive | 4 | 0 | 0 | 0 | 0 |"),
                appended);
        assertTrue(appended.contains("## Seed against 2 statements"), appended);

        LaunchResult none = launcher.launch("batch", manifest("series.yaml"), "-o", out.toString(), "-q");
        assertEquals(0, none.exitCode(), none.getErrorOutput());
    }

    @Test
    void aFolderThatBatchDidNotWriteIsNeverReplaced(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult run = launcher.launch("batch", manifest("watch.yaml"), "-o", in.toString());
        assertEquals(2, run.exitCode(), run.getErrorOutput());
        assertEquals(List.of("readout-diff: " + in + ": is a folder that batch did not write (it is not empty and has"
                + " no summary.json of readout-diff); it would be replaced as a whole, so choose a new or empty folder"),
                messages(run));
        assertTrue(Files.exists(in.resolve("watch.yaml")));
        LaunchResult noOutput = launcher.launch("batch", manifest("watch.yaml"));
        assertEquals(2, noOutput.exitCode());
        assertTrue(noOutput.getErrorOutput().contains("Missing required option: '--output=DIR'"), noOutput.getErrorOutput());
    }

    /** The JUnit file has {@code tests} test cases, one of them failing: {@code name}, with {@code message}. */
    private static void assertOneFailingCase(Path junit, int tests, String name, String message) throws Exception {
        Element suite = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(junit.toFile())
                .getDocumentElement();
        assertEquals(Integer.toString(tests), suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        Element failing = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals(name, ((Element) failing.getParentNode()).getAttribute("name"));
        assertEquals(message, failing.getAttribute("message"));
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        return socket;
    }

    private static List<Integer> exitStatuses(JsonNode summary) {
        return summary.get("comparisons").findValues("exitStatus").stream().map(JsonNode::asInt).toList();
    }

    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    /** stderr without Quarkus' own log records. */
    private static List<String> messages(LaunchResult result) {
        return result.getErrorStream().stream()
                .filter(line -> !LOG_RECORD.matcher(line).lookingAt())
                .filter(line -> !line.isBlank())
                .toList();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

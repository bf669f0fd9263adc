package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compare command end to end, in-process: outputs, exit codes, bad input, no network. */
@QuarkusMainTest
class CompareCommandTest {

    private static final Path VERSIONS = Path.of("fixtures", "versions");
    private static final Pattern LOG_RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");
    private static Path work;

    @BeforeAll
    static void inputs() throws IOException {
        work = Files.createDirectories(Path.of("target", "cli-test"));
        Files.write(work.resolve("empty.txt"), new byte[0]);
        Files.write(work.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0});
        // A lone UTF-8 lead byte: not UTF-8, and too short for any detector to be sure of.
        Files.write(work.resolve("invalid-utf8.txt"), new byte[] {'a', ' ', (byte) 0xc3, '(', ' ', 'b'});
    }

    @AfterAll
    static void cliSettingsDoNotLeak() {
        assertEquals(null, System.getProperty("quarkus.http.host-enabled"));
    }

    private static String fixture(String caseName, String side) {
        return VERSIONS.resolve(caseName).resolve(side + ".txt").toString();
    }

    @Test
    void substitutionsAreReportedAndFailOnSubstantiveExitsOne(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", "--fail-on", "substantive", "--format", "md",
                fixture("word-substitutions", "left"), fixture("word-substitutions", "right"));
        assertEquals(1, result.exitCode(), result.getErrorOutput());
        String md = result.getOutput();
        assertTrue(md.contains("~~firmly~~ upholds"), md);
        assertTrue(md.contains("~~16~~ **15**"), md);
        assertTrue(md.startsWith("## left.txt \u2192 right.txt"), md);
    }

    @Test
    void formatNoiseDoesNotFailOnSubstantiveButFailsOnAny(QuarkusMainLauncher launcher) {
        String left = fixture("format-noise", "left");
        String right = fixture("format-noise", "right");
        assertEquals(0, launcher.launch("compare", "--fail-on", "substantive", left, right).exitCode());
        assertEquals(1, launcher.launch("compare", "--fail-on", "any", left, right).exitCode());
        assertEquals(0, launcher.launch("compare", left, right).exitCode());
    }

    @Test
    void writesTheFormatTheOutputFileAsksFor(QuarkusMainLauncher launcher) throws IOException {
        Path json = work.resolve("out.json");
        Path html = work.resolve("out.html");
        LaunchResult result = launcher.launch("compare", "-o", json.toString(),
                fixture("moved-paragraph", "left"), fixture("moved-paragraph", "right"));
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertEquals("", result.getOutput());
        assertTrue(Files.readString(json).contains("\"schema\" : \"readout-diff/comparison/1\""));
        launcher.launch("compare", "-o", html.toString(), fixture("moved-paragraph", "left"), fixture("moved-paragraph", "right"));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void anOutputFolderGetsANamedReport(QuarkusMainLauncher launcher) throws IOException {
        Path folder = Files.createDirectories(work.resolve("reports"));
        LaunchResult result = launcher.launch("compare", "--format", "json", "-o", folder.toString(),
                fixture("moved-paragraph", "left"), fixture("moved-paragraph", "right"));
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(Files.exists(folder.resolve("left--right.json")));
    }

    @Test
    void badInputExitsTwoWithOneLineNamingTheFile(QuarkusMainLauncher launcher) {
        String good = fixture("word-substitutions", "left");
        assertInputError(launcher.launch("compare", good, work.resolve("missing.txt").toString()),
                "readout-diff: target/cli-test/missing.txt: no such file");
        assertInputError(launcher.launch("compare", work.resolve("empty.txt").toString(), good),
                "readout-diff: target/cli-test/empty.txt: is empty");
        assertInputError(launcher.launch("compare", good, work.resolve("binary.txt").toString()),
                "readout-diff: target/cli-test/binary.txt: looks like a binary file, not text");
        assertInputError(launcher.launch("compare", good, "fixtures"),
                "readout-diff: fixtures: is a folder, not a file");
        LaunchResult invalid = launcher.launch("compare", good, work.resolve("invalid-utf8.txt").toString());
        assertEquals(2, invalid.exitCode());
        assertTrue(messages(invalid).get(0).startsWith("readout-diff: target/cli-test/invalid-utf8.txt: "),
                invalid.getErrorOutput());
    }

    @Test
    void unknownOptionsAndMissingArgumentsAreUsageErrors(QuarkusMainLauncher launcher) {
        LaunchResult unknown = launcher.launch("compare", "--no-such-option", "a", "b");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.getErrorOutput().contains("Unknown option: '--no-such-option'"));
        LaunchResult missing = launcher.launch("compare", "only-one");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.getErrorOutput().contains("Missing required parameter: 'RIGHT'"));
        LaunchResult badMode = launcher.launch("compare", "--mode", "sideways", "a", "b");
        assertEquals(2, badMode.exitCode());
        assertTrue(badMode.getErrorOutput().contains("--mode"), badMode.getErrorOutput());
    }

    @Test
    void aUserTopicLexiconReplacesTheDefaultAndAMistakeInItIsAnInputError(QuarkusMainLauncher launcher)
            throws IOException {
        Path lexicon = work.resolve("topics.txt");
        Files.writeString(lexicon, "[fentanyl] Fentanyl and precursors\ncounternarcotic*\nsynthetic drugs\n");
        String left = "fixtures/statements/seed-lima-2024-cn.txt";
        String right = "fixtures/statements/lima-2024-us-a.txt";
        LaunchResult result = launcher.launch("compare", "--mode", "counterparts", "--format", "json",
                "--topics", lexicon.toString(), left, right);
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        String json = result.getOutput();
        assertTrue(json.contains("\"id\" : \"fentanyl\""), "the user's topic is used");
        assertFalse(json.contains("\"id\" : \"taiwan\""), "the default lexicon is not");

        Files.writeString(lexicon, "synthetic drugs\n[fentanyl] Fentanyl\n");
        assertInputError(launcher.launch("compare", "--topics", lexicon.toString(), left, right),
                "readout-diff: target/cli-test/topics.txt: line 1: term 'synthetic drugs' comes before any topic;"
                        + " start the file with a line such as [taiwan] Taiwan");
    }

    /** With the HTTP ports already taken, a run that tried to listen would fail to start. */
    @Test
    void aCompareRunOpensNoNetworkPort(QuarkusMainLauncher launcher) throws IOException {
        try (ServerSocket http = bind(8080); ServerSocket test = bind(8081)) {
            LaunchResult result = launcher.launch("compare", fixture("word-substitutions", "left"),
                    fixture("word-substitutions", "right"));
            assertEquals(0, result.exitCode(), result.getErrorOutput());
            assertEquals(Files.readString(Path.of("fixtures", "versions", "word-substitutions", "expected.txt")).strip(),
                    result.getOutput().strip(), "the whole comparison, as its golden file has it");
        }
    }

    private static void assertInputError(LaunchResult result, String message) {
        assertEquals(2, result.exitCode(), result.getErrorOutput());
        assertEquals(List.of(message), messages(result));
        assertFalse(result.getErrorOutput().contains("\tat "), "no stack trace: " + result.getErrorOutput());
    }

    /** stderr without Quarkus' own log records. */
    private static List<String> messages(LaunchResult result) {
        return result.getErrorStream().stream()
                .filter(line -> !LOG_RECORD.matcher(line).lookingAt())
                .filter(line -> !line.isBlank())
                .toList();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        return socket;
    }
}

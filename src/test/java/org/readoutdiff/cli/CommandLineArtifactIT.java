package org.readoutdiff.cli;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readoutdiff.HostileCorpus;

/**
 * The command-line artifact that {@code ./mvnw package} builds (docs/cli.md):
 * {@code target/cli/readout-diff}, a launcher of {@code readout-diff.jar} on a class path without
 * Quarkus, with a class-data archive. Run as a user runs it, one process per command: the
 * README's example, the committed example batch (byte for byte but for the embedding model's
 * scores, see {@link ReportsExampleTest}; versions, counterparts with the embedding model, a
 * series; HTML, JSON, Markdown), every hostile file, its settings from the environment, and
 * that it starts at once because it loads no Quarkus and uses its archive.
 */
class CommandLineArtifactIT {

    private static final Path LAUNCHER = Path.of("target", "cli", "readout-diff");
    private static final Path WORK = Path.of("target", "cli-it");
    private static final String LEFT = "fixtures/versions/word-substitutions/left.txt";
    private static final String RIGHT = "fixtures/versions/word-substitutions/right.txt";

    record Run(int exitCode, String out, String err, long millis) {
        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @BeforeAll
    static void work() throws IOException {
        Files.createDirectories(WORK);
    }

    static Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(WORK.resolve("out").toFile())
                .redirectError(WORK.resolve("err").toFile());
        builder.environment().remove("READOUT_DIFF_JAVA_OPTS");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 120 s: " + command);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(process.exitValue(), Files.readString(WORK.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(WORK.resolve("err"), StandardCharsets.UTF_8), millis);
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    @Test
    void theReadmeExamplePrintsItsDifferencesAndExitsOne() throws Exception {
        Run run = run("compare", LEFT, RIGHT, "--fail-on", "substantive");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                mode: versions (versions: 99% of the wording is shared and 100% of the sentences found on both sides are in the same order)
                sentences: left 49, right 49
                summary: substantive | substantive 4, punctuation 0, format 0, boilerplate 0, moves 0, left-only 0, right-only 0 | similarity 0.9975
                L5 = R5 edited | substantive: "16" -> "15"
                L7 = R7 edited | substantive: ", in-depth" -> ""
                L33 = R33 edited | substantive: "unequivocally" -> ""
                L34 = R34 edited | substantive: "firmly" -> ""
                """, run.out());
    }

    /** The launcher's initial heap (512 MB) yields to a smaller maximum the user sets: a larger one stops the JVM. */
    @Test
    void aHeapLimitFromTheEnvironmentIsKept() throws Exception {
        for (String limit : List.of("-Xmx200m", "-XX:MaxHeapSize=200m", "-Xlog:disable -Xmx200m")) {
            Run run = run(Map.of("READOUT_DIFF_JAVA_OPTS", limit), "compare", LEFT, RIGHT, "--fail-on", "substantive");
            assertEquals(1, run.exitCode(), limit + ": " + run.err());
            assertTrue(run.out().contains("L34 = R34 edited | substantive: \"firmly\" -> \"\""), limit + ": " + run.out());
        }
    }

    /** The Quarkus application made reports/example (ReportsExampleTest); the artifact makes the same bytes. */
    @Test
    void theExampleBatchIsTheCommittedOne() throws Exception {
        Path fresh = WORK.resolve("reports-example");
        Run run = run("batch", "fixtures/reports-example.yaml", "-o", fresh.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        ReportsExampleTest.assertSameAsCommitted(fresh);
    }

    @Test
    void everyHostileFileExitsTwoWithOneLineNamingIt() throws Exception {
        Path corpus = HostileCorpus.write(WORK.resolve("hostile"));
        for (HostileCorpus.Case c : HostileCorpus.CASES) {
            String file = corpus.resolve(c.name()).toString();
            assertOneLine(run("compare", "--fail-on", "any", LEFT, file), file, c.message());
        }
    }

    /** Settings come from the environment as Quarkus reads them: READOUT_DIFF_READ_TIME_BUDGET. */
    @Test
    void settingsComeFromTheEnvironment() throws Exception {
        Path fifo = WORK.resolve("no-writer.fifo.txt");
        Files.deleteIfExists(fifo);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try {
            Run run = run(Map.of("READOUT_DIFF_READ_TIME_BUDGET", "1s"), "compare", LEFT, fifo.toString());
            assertOneLine(run, fifo.toString(), "nothing more came in 1 s");
            assertTrue(run.millis() < 8_000, "took " + run.millis() + " ms");
        } finally {
            Files.deleteIfExists(fifo);
        }
        Run tooLarge = run(Map.of("READOUT_DIFF_MAX_INPUT_BYTES", "1000"), "compare", LEFT, RIGHT);
        assertOneLine(tooLarge, LEFT, "more than the limit of");
    }

    @Test
    void serveIsTheServiceBuildsAndSaysSo() throws Exception {
        Run run = run("serve");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("java -jar target/quarkus-app/quarkus-run.jar serve"), run.err());
        Run watch = run("watch", "list");
        assertEquals(2, watch.exitCode());
        assertEquals("readout-diff: watch runs from the service build: java -jar target/quarkus-app/quarkus-run.jar"
                + " watch list", watch.err().strip());
        Run admin = run("admin", "list-users");
        assertEquals(2, admin.exitCode());
        assertEquals("readout-diff: admin runs from the service build: java -jar target/quarkus-app/quarkus-run.jar"
                + " admin list-users", admin.err().strip());
        Run version = run("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().startsWith("readout-diff "), version.out());
    }

    /**
     * Starts at once: no Quarkus, no web, database or logging class is loaded, the application's classes
     * come from the class-data archive, and the quickest of three comparisons takes well under the
     * Quarkus application's 3 s (0.3 to 0.5 s on a 2-core machine; the bound leaves room for a busy one).
     */
    @Test
    void itStartsAtOnce() throws Exception {
        Path classes = WORK.resolve("classes.log");
        Run logged = run(Map.of("READOUT_DIFF_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
                "compare", LEFT, RIGHT, "--format", "json");
        assertEquals(0, logged.exitCode(), logged.err());
        List<String> loaded = Files.readAllLines(classes);
        List<String> frameworks = loaded.stream()
                .filter(line -> line.contains(" io.quarkus.runtime.") || line.contains(" io.quarkus.arc.")
                        || line.contains(" io.vertx.") || line.contains(" org.hibernate.") || line.contains(" io.smallrye.config.")
                        // POI starts Log4j: only when a .docx is read
                        || line.contains(" org.apache.logging.log4j."))
                .toList();
        assertEquals(List.of(), frameworks);
        // picocli's classes are Java 5 class files, which only a static archive takes on JDK 17
        for (String name : List.of("org.readoutdiff.compare.ComparisonEngine", "picocli.CommandLine")) {
            String load = loaded.stream().filter(line -> line.contains(" " + name + " ")).findFirst().orElseThrow();
            assertTrue(load.contains("shared objects file"), "not from the class-data archive: " + load);
        }
        long quickest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Run run = run("compare", LEFT, RIGHT, "--format", "json");
            assertEquals(0, run.exitCode(), run.err());
            quickest = Math.min(quickest, run.millis());
        }
        assertTrue(quickest < 1_500, "the quickest of three comparisons took " + quickest + " ms");
    }

    private static void assertOneLine(Run run, String file, String reason) {
        assertEquals(2, run.exitCode(), file + ": " + run.err());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), file + ": one line, no log records: " + run.err());
        assertTrue(lines.get(0).startsWith("readout-diff: " + file + ": "), lines.get(0));
        assertTrue(lines.get(0).contains(reason), lines.get(0));
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out());
    }
}

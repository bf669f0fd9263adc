package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readoutdiff.HostileCorpus;

/**
 * Issue 12 on the command line: every file of the hostile corpus, a named pipe nobody writes to
 * and {@code /dev/zero} end the run with exit 2 and one line on stderr that names the file and
 * the reason; never exit 1 (which means "differences found"), 3 or a stack trace, and never a hang.
 */
@QuarkusMainTest
@TestProfile(HostileInputsCommandTest.ShortReadBudget.class)
class HostileInputsCommandTest {

    private static final Pattern LOG_RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");
    private static final String GOOD = "fixtures/versions/word-substitutions/left.txt";
    private static Path corpus;

    /** Two seconds to read a file, so that the pipe test is short. */
    public static class ShortReadBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("readout-diff.read-time-budget", "2s");
        }
    }

    @BeforeAll
    static void corpus() {
        corpus = HostileCorpus.write(Path.of("target", "hostile"));
    }

    /**
     * How long a good comparison takes from launch to exit on this machine, once the classes are
     * loaded: each launch starts the application again, which takes 1 s on one machine and 3 s
     * on a slower one under load. The bounds below are that plus what the hostile file may add,
     * so they catch a hang or an unbounded read, not a slow machine.
     */
    private static long goodRunMillis(QuarkusMainLauncher launcher) {
        // The first run in this JVM loads the application's classes: not a hostile file's doing.
        assertEquals(0, launcher.launch("compare", GOOD, GOOD).exitCode());
        long start = System.nanoTime();
        assertEquals(0, launcher.launch("compare", GOOD, GOOD).exitCode());
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void everyHostileFileExitsTwoWithOneLineNamingIt(QuarkusMainLauncher launcher) {
        long good = goodRunMillis(launcher);
        for (HostileCorpus.Case c : HostileCorpus.CASES) {
            String file = corpus.resolve(c.name()).toString();
            long start = System.nanoTime();
            // On either side, with --fail-on any: an error must never look like "differences found".
            LaunchResult result = c.name().hashCode() % 2 == 0
                    ? launcher.launch("compare", "--fail-on", "any", file, GOOD)
                    : launcher.launch("compare", "--fail-on", "any", GOOD, file);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertOneLine(result, file, c.message());
            assertTrue(millis < good + 10_000, c.name() + " took " + millis + " ms (a good run " + good + " ms)");
        }
    }

    /** The two files are read at once, but when both are bad the left one's problem is the one told. */
    @Test
    void whenBothFilesAreBadTheLeftOneIsNamed(QuarkusMainLauncher launcher) throws IOException {
        Path empty = Files.writeString(corpus.resolve("both-bad-empty.txt"), "");
        String garbage = corpus.resolve("garbage.pdf").toString();
        for (int run = 0; run < 5; run++) { // the right one's reader may well finish first
            assertOneLine(launcher.launch("compare", garbage, empty.toString()), garbage, "damaged or not really a PDF");
            assertOneLine(launcher.launch("compare", empty.toString(), garbage), empty.toString(), "empty");
        }
    }

    @Test
    void aNamedPipeWithNoWriterIsGivenUpByName(QuarkusMainLauncher launcher) throws Exception {
        Path fifo = corpus.resolve("no-writer.fifo.txt");
        Files.deleteIfExists(fifo);
        long good = goodRunMillis(launcher);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try {
            long start = System.nanoTime();
            LaunchResult result = launcher.launch("compare", GOOD, fifo.toString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertOneLine(result, fifo.toString(), "nothing more came in 2 s");
            assertTrue(millis < good + 6_000, "took " + millis + " ms (a good run " + good + " ms)");
        } finally {
            release(fifo);
        }
    }

    @Test
    void aDeviceThatNeverEndsIsTooLargeAtOnce(QuarkusMainLauncher launcher) {
        long good = goodRunMillis(launcher);
        long start = System.nanoTime();
        LaunchResult result = launcher.launch("compare", "/dev/zero", GOOD);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertOneLine(result, "/dev/zero", "is larger than the limit of");
        assertTrue(millis < good + 4_000, "took " + millis + " ms (a good run " + good + " ms)");
    }

    /**
     * The reader thread given up may still wait in open(): a writer that closes at once lets it
     * go. Opened for reading and writing, which on Linux never blocks, whether or not a reader waits.
     */
    private static void release(Path fifo) throws IOException {
        try (FileChannel channel = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.isOpen(); // opening and closing is all a waiting reader needs
        } finally {
            Files.deleteIfExists(fifo);
        }
    }

    private static void assertOneLine(LaunchResult result, String file, String reason) {
        String err = result.getErrorOutput();
        assertEquals(2, result.exitCode(), file + ": " + err);
        List<String> lines = result.getErrorStream().stream().filter(line -> !line.isBlank()).toList();
        assertEquals(1, lines.size(), file + ": one line, no log records: " + err);
        assertTrue(lines.get(0).startsWith("readout-diff: " + file + ": "), lines.get(0));
        assertTrue(lines.get(0).contains(reason), lines.get(0));
        assertFalse(LOG_RECORD.matcher(lines.get(0)).lookingAt(), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
}

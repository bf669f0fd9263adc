package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A command-line run uses no database: the embedded H2 file is never created. */
@QuarkusMainTest
class CliDatabaseTest {

    /** The %test profile's H2 file (readout-diff.data-dir=./target/test-data). */
    private static final Path DATABASE = Path.of("target", "test-data", "readout-diff.mv.db");

    @Test
    void compareCreatesNoDatabaseFile(QuarkusMainLauncher launcher) throws IOException {
        Files.deleteIfExists(DATABASE);
        Files.deleteIfExists(Path.of("target", "test-data", "readout-diff.trace.db"));
        Path report = Path.of("target", "cli-database-test.json");
        Files.deleteIfExists(report);
        LaunchResult result = launcher.launch("compare", "-o", report.toString(),
                "fixtures/versions/word-substitutions/left.txt", "fixtures/versions/word-substitutions/right.txt");
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(Files.size(report) > 0, "the comparison ran");
        assertFalse(Files.exists(DATABASE), "the command line created " + DATABASE);
    }

    @AfterAll
    static void databaseSettingsDoNotLeak() {
        assertNull(System.getProperty("quarkus.datasource.active"));
        assertNull(System.getProperty("quarkus.hibernate-orm.active"));
    }
}

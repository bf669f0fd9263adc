package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readoutdiff.service.ComparisonService;
import org.readoutdiff.service.StatementFiles;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Exit 3 end to end: with a planted fault in reading statements, compare and batch report an
 * internal error in one line, without a stack trace, and batch writes nothing.
 */
@QuarkusMainTest
@TestProfile(InternalErrorTest.PlantedFault.class)
class InternalErrorTest {

    /** Enables {@link FaultyStatementFiles} for this test class only. */
    public static class PlantedFault implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FaultyStatementFiles.class);
        }
    }

    /** Reads nothing: every statement fails as a bug would. A singleton, so that no proxy is needed. */
    @Alternative
    @Singleton
    public static class FaultyStatementFiles extends StatementFiles {

        public FaultyStatementFiles(ComparisonService service) {
            super(service, StatementFiles.DEFAULT_READ_BUDGET);
        }

        @Override
        public Statement read(Path file, String name, String label, StatementMetadata metadata, String encoding) {
            throw new IllegalStateException("planted fault");
        }
    }

    private static final String FAULT = "readout-diff: internal error: java.lang.IllegalStateException: planted fault"
            + " (please report it, with the command you ran)";

    @Test
    void compareExitsThree(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("compare", "fixtures/versions/word-substitutions/left.txt",
                "fixtures/versions/word-substitutions/right.txt");
        assertEquals(3, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains(FAULT), result.getErrorOutput());
        assertFalse(result.getErrorOutput().contains("\tat "), result.getErrorOutput());
    }

    @Test
    void batchExitsThreeAndWritesNothing(QuarkusMainLauncher launcher) {
        Path out = Path.of("target", "internal-error-batch");
        LaunchResult result = launcher.launch("batch", "fixtures/reports-example.yaml", "-o", out.toString());
        assertEquals(3, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains(FAULT), result.getErrorOutput());
        assertFalse(Files.exists(out));
    }
}

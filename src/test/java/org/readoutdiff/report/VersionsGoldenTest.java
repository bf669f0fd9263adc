package org.readoutdiff.report;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.Fixtures;

/**
 * Every version case's compact rendering, compared in full with its golden file
 * {@code fixtures/versions/<case>/expected.txt}. On a mismatch the actual output is written to
 * {@code target/golden-actual/<case>.txt}; {@code -Dgolden.update=true} rewrites the goldens
 * (review the diff before committing: a golden is a claim that the output is right).
 */
class VersionsGoldenTest {

    static Stream<String> cases() {
        return Fixtures.versionCases().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void compactRenderingMatchesGolden(String name) throws IOException {
        String actual = new CompactTextWriter().write(Fixtures.compareCase(name));
        Path golden = Fixtures.path("versions/" + name + "/expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "golden-actual", name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail("compact rendering of " + name + " differs from " + golden + " (actual written to " + out
                    + "; rerun with -Dgolden.update=true only if the new output is right):\n"
                    + LineDiff.describe(expected, actual));
        }
    }

    /** A unified diff of the golden (expected) and the actual output, for the failure message. */
    static final class LineDiff {

        private LineDiff() {
        }

        static String describe(String expected, String actual) {
            List<String> left = expected.lines().toList();
            List<String> right = actual.lines().toList();
            return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("expected", "actual", left,
                    DiffUtils.diff(left, right), 1));
        }
    }
}

package org.readoutdiff.report;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one golden-file mechanism. Goldens live under {@code fixtures/}: each version case's
 * {@code expected.txt} beside its inputs, and the rendered reports under {@code fixtures/golden/}.
 * A golden is compared in full. On a mismatch the actual output goes to
 * {@code target/golden-actual/} (same relative path) and the failure shows a unified diff;
 * {@code -Dgolden.update=true} rewrites the goldens instead (review the diff before committing:
 * a golden is a claim that the output is right).
 */
public final class GoldenFiles {

    public static final Path FIXTURES = Path.of("fixtures");
    public static final Path ROOT = FIXTURES.resolve("golden");
    /** Lines of unified diff shown in a failure; the whole output is in target/golden-actual. */
    static final int DIFF_LINES = 80;

    private GoldenFiles() {
    }

    /** The golden {@code fixtures/golden/<name>}. */
    public static void assertMatches(String name, String actual) throws IOException {
        assertMatches(ROOT.resolve(name), actual);
    }

    /** Any golden file under {@code fixtures/}. */
    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "golden-actual").resolve(FIXTURES.relativize(golden));
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail(golden + " differs from the actual output (written to " + out
                    + "; rerun with -Dgolden.update=true only if the new output is right):\n" + diff(expected, actual));
        }
    }

    /** A unified diff of the golden (expected) and the actual output, cut to {@link #DIFF_LINES} lines. */
    static String diff(String expected, String actual) {
        List<String> left = expected.lines().toList();
        List<String> right = actual.lines().toList();
        if (left.equals(right)) {
            return "(line endings only)";
        }
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("expected", "actual", left, DiffUtils.diff(left, right), 1);
        return String.join("\n", lines.subList(0, Math.min(lines.size(), DIFF_LINES)))
                + (lines.size() > DIFF_LINES ? "\n… " + (lines.size() - DIFF_LINES) + " more lines" : "");
    }
}

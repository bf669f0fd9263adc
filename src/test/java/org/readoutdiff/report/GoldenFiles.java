package org.readoutdiff.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden report files under {@code src/test/resources/golden/}, compared in full. On a mismatch
 * the actual output goes to {@code target/golden-actual/}; {@code -Dgolden.update=true}
 * rewrites the goldens instead (review the diff before committing: a golden is a claim that
 * the output is right).
 */
public final class GoldenFiles {

    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path golden = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "golden-actual").resolve(name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail(name + " differs from its golden " + golden + " (actual written to " + out
                    + "; rerun with -Dgolden.update=true only if the new output is right). First difference: "
                    + firstDifference(expected, actual));
        }
    }

    private static String firstDifference(String expected, String actual) {
        List<String> left = expected.lines().toList();
        List<String> right = actual.lines().toList();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "<end>";
            String r = i < right.size() ? right.get(i) : "<end>";
            if (!l.equals(r)) {
                return "line " + (i + 1) + "\n  expected: " + l + "\n  actual:   " + r;
            }
        }
        return "(line endings only)";
    }
}

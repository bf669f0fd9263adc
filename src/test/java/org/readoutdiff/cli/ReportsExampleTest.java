package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed example in reports/example is what the code makes now, byte for byte; in the
 * JSON documents a fraction may differ from the committed one by at most {@link #SCORE_TOLERANCE}.
 * The embedding model's similarities (the scores of shared formulations and topic links) come
 * out up to three thousandths apart on CPUs whose ONNX Runtime kernels differ (0.7684 on the
 * machine that made the example, 0.7657 on an AMD EPYC): that is the machine, not the code.
 * Every other value, and the order of everything, must be the same.
 */
@QuarkusMainTest
class ReportsExampleTest {

    static final String REGENERATE = "./mvnw -B package -DskipTests && java -jar target/quarkus-app/quarkus-run.jar"
            + " batch fixtures/reports-example.yaml -o reports/example";

    @Test
    void theCommittedExampleIsUpToDate(QuarkusMainLauncher launcher) throws IOException {
        Path fresh = Path.of("target", "reports-example");
        LaunchResult run = launcher.launch("batch", "fixtures/reports-example.yaml", "-o", fresh.toString(), "-q");
        assertEquals(0, run.exitCode(), run.getErrorOutput());
        assertSameAsCommitted(fresh);
    }

    /**
     * Fails unless {@code fresh} holds the committed example: the same files, byte for byte but
     * for the scores' last digits in the JSON (see the class comment).
     */
    static void assertSameAsCommitted(Path fresh) throws IOException {
        Map<String, byte[]> committed = BatchCommandTest.files(Path.of("reports", "example"));
        Map<String, byte[]> made = BatchCommandTest.files(fresh);
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(union(committed.keySet(), made.keySet()))) {
            if (!committed.containsKey(name)) {
                differences.add(name + " is made but not committed");
            } else if (!made.containsKey(name)) {
                differences.add(name + " is committed but no longer made");
            } else if (!Arrays.equals(committed.get(name), made.get(name))
                    && !(name.endsWith(".json") && sameWithinTolerance(committed.get(name), made.get(name)))) {
                differences.add(name + " differs (the new one is " + fresh.resolve(name) + ")");
            }
        }
        if (!differences.isEmpty()) {
            fail("reports/example is out of date with the code: " + String.join("; ", differences)
                    + ". Regenerate it from the repository's top folder with: " + REGENERATE
                    + " (and review and commit reports/example)");
        }
    }

    static final double SCORE_TOLERANCE = 0.005;

    @Test
    void onlyFractionsMayDifferAndOnlyByAFewThousandths() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String committed = "{\"pairs\":[{\"left\":\"L8\",\"score\":0.3043},{\"left\":\"L20\",\"score\":0.6499}],\"n\":2}";
        assertTrue(same(json.readTree(committed), json.readTree(committed.replace("0.3043", "0.3046"))));
        assertFalse(same(json.readTree(committed), json.readTree(committed.replace("0.3043", "0.3143"))), "a real change");
        assertFalse(same(json.readTree(committed), json.readTree(committed.replace("L8", "L9"))), "text is exact");
        assertFalse(same(json.readTree(committed), json.readTree(committed.replace("\"n\":2", "\"n\":3"))), "counts are exact");
        assertFalse(same(json.readTree(committed), json.readTree(
                "{\"pairs\":[{\"left\":\"L20\",\"score\":0.6499},{\"left\":\"L8\",\"score\":0.3043}],\"n\":2}")),
                "and so is the order");
    }

    private static boolean sameWithinTolerance(byte[] committed, byte[] made) throws IOException {
        ObjectMapper json = new ObjectMapper();
        return same(json.readTree(committed), json.readTree(made));
    }

    static boolean same(JsonNode committed, JsonNode made) {
        if (committed.isFloatingPointNumber() && made.isFloatingPointNumber()) {
            return Math.abs(committed.doubleValue() - made.doubleValue()) <= SCORE_TOLERANCE;
        }
        if (committed.isContainerNode() && made.isContainerNode()
                && committed.getNodeType() == made.getNodeType() && committed.size() == made.size()) {
            if (committed.isArray()) {
                for (int i = 0; i < committed.size(); i++) {
                    if (!same(committed.get(i), made.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            List<String> names = new ArrayList<>();
            committed.fieldNames().forEachRemaining(names::add);
            List<String> madeNames = new ArrayList<>();
            made.fieldNames().forEachRemaining(madeNames::add);
            if (!names.equals(madeNames)) {
                return false;
            }
            for (String field : names) {
                if (!same(committed.get(field), made.get(field))) {
                    return false;
                }
            }
            return true;
        }
        return committed.equals(made);
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}

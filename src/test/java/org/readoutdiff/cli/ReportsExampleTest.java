package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The committed example in reports/example is what the code makes now, byte for byte. */
@QuarkusMainTest
class ReportsExampleTest {

    static final String REGENERATE = "./mvnw -B package -DskipTests && java -jar target/quarkus-app/quarkus-run.jar"
            + " batch fixtures/reports-example.yaml -o reports/example";

    @Test
    void theCommittedExampleIsUpToDate(QuarkusMainLauncher launcher) throws IOException {
        Path fresh = Path.of("target", "reports-example");
        LaunchResult run = launcher.launch("batch", "fixtures/reports-example.yaml", "-o", fresh.toString(), "-q");
        assertEquals(0, run.exitCode(), run.getErrorOutput());
        Map<String, byte[]> committed = BatchCommandTest.files(Path.of("reports", "example"));
        Map<String, byte[]> made = BatchCommandTest.files(fresh);
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(union(committed.keySet(), made.keySet()))) {
            if (!committed.containsKey(name)) {
                differences.add(name + " is made but not committed");
            } else if (!made.containsKey(name)) {
                differences.add(name + " is committed but no longer made");
            } else if (!Arrays.equals(committed.get(name), made.get(name))) {
                differences.add(name + " differs (the new one is " + fresh.resolve(name) + ")");
            }
        }
        if (!differences.isEmpty()) {
            fail("reports/example is out of date with the code: " + String.join("; ", differences)
                    + ". Regenerate it from the repository's top folder with: " + REGENERATE
                    + " (and review and commit reports/example)");
        }
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}

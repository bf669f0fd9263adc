package org.readoutdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository names a path of one build machine (a home folder, a work folder,
 * a Windows user folder): shared material is named relative to the repository, as
 * {@code ../shared/...}, and skipped with a message where it is absent.
 */
class RepositoryPathsTest {

    /** Built from parts, so that this file does not name what it looks for. */
    static final Pattern MACHINE_PATH = Pattern.compile(
            "(?<![\\w.~-])/(?:" + String.join("|", "work", "home", "root", "Users", "mnt") + ")/[\\w.-]"
                    + "|[A-Z]:\\\\(?:" + String.join("|", "Users", "work") + ")\\\\");
    /** Build output, local data, installed tools and the repository's own database. */
    static final Set<String> SKIPPED = Set.of(".git", "target", "data", "node_modules", ".mvn");

    @Test
    void thePatternFindsMachinePathsAndOnlyThose() {
        assertTrue(MACHINE_PATH.matcher("see " + "/wo" + "rk/shared/corpus/README.md").find());
        assertTrue(MACHINE_PATH.matcher("java -jar " + "/ro" + "ot/.m2/repository/x.jar").find());
        assertTrue(MACHINE_PATH.matcher("C:" + "\\Us" + "ers\\someone\\bench").find());
        assertTrue(!MACHINE_PATH.matcher("../shared/corpus/README.md and https://example.org/home/page").find());
    }

    @Test
    void noFileNamesAPathOfOneMachine() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "run from the repository root: " + root);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !skipped(root.relativize(f))).toList()) {
                String text = text(file);
                if (text == null) {
                    continue;
                }
                Matcher m = MACHINE_PATH.matcher(text);
                while (m.find()) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(root.relativize(file) + ":" + line + ": " + lineAt(text, m.start()).strip());
                }
            }
        }
        assertEquals(List.of(), found, "paths of one machine; name shared material as ../shared/... instead");
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The file's text, or null for a binary file (one with a NUL byte) or one over 20 MB. */
    private static String text(Path file) throws IOException {
        if (Files.size(file) > 20 << 20) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String lineAt(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

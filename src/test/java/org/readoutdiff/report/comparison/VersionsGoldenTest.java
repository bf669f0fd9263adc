package org.readoutdiff.report.comparison;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.Fixtures;
import org.readoutdiff.report.GoldenFiles;

/**
 * Every version case's compact rendering, compared in full with its golden file
 * {@code fixtures/versions/<case>/expected.txt}, through {@link GoldenFiles}.
 */
class VersionsGoldenTest {

    static Stream<String> cases() {
        return Fixtures.versionCases().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void compactRenderingMatchesGolden(String name) throws IOException {
        GoldenFiles.assertMatches(Fixtures.path("versions/" + name + "/expected.txt"),
                new CompactTextWriter().write(Fixtures.compareCase(name)));
    }
}

package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/** Auto mode on every fixture pair: the version cases are versions, the counterpart cases counterparts. */
class ModeChooserFixturesTest {

    static Stream<Arguments> pairs() throws IOException {
        Path fixtures = Path.of("fixtures");
        List<Arguments> pairs = new ArrayList<>();
        try (Stream<Path> cases = Files.list(fixtures.resolve("versions"))) {
            cases.filter(Files::isDirectory).sorted()
                    .forEach(c -> pairs.add(Arguments.of(c.resolve("left.txt"), c.resolve("right.txt"), Mode.VERSIONS)));
        }
        try (Stream<Path> cases = Files.list(fixtures.resolve("counterparts"))) {
            cases.filter(Files::isDirectory).sorted()
                    .forEach(c -> pairs.add(Arguments.of(c.resolve("left.txt"), c.resolve("right.txt"), Mode.COUNTERPARTS)));
        }
        Path statements = fixtures.resolve("statements");
        pairs.add(Arguments.of(statements.resolve("seed-lima-2024-cn.txt"), statements.resolve("lima-2024-us-a.txt"),
                Mode.COUNTERPARTS));
        Path series = fixtures.resolve("series/lima-2024");
        pairs.add(Arguments.of(series.resolve("earlier-2022.txt"), series.resolve("earlier-2023.txt"), Mode.COUNTERPARTS));
        pairs.add(Arguments.of(series.resolve("earlier-2023.txt"), series.resolve("base.txt"), Mode.COUNTERPARTS));
        pairs.add(Arguments.of(series.resolve("base.txt"), series.resolve("counterpart.txt"), Mode.COUNTERPARTS));
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @MethodSource("pairs")
    void autoModePicksTheRightMode(Path left, Path right, Mode expected) throws IOException {
        Segmenter segmenter = new Segmenter(new KeyNormalizer(false));
        ModeChooser.Decision decision = ModeChooser.choose(
                segmenter.segment(Statement.of("left", Files.readString(left))),
                segmenter.segment(Statement.of("right", Files.readString(right))));
        assertEquals(expected, decision.mode(), decision.reason());
    }
}

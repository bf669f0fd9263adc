package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.align.Relation;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Statement;

/**
 * The formulation changes planted in the counterpart fixtures (their case.md) come out as
 * phrase changes inside a counterpart pair, not as whole sentences on one side.
 */
class PlantedFormulationChangesTest {

    static Stream<Arguments> planted() {
        return Stream.of(
                Arguments.of("earlier-meeting-2023", "Their conversation was candid and in-depth.",
                        "Their conversation was candid, in-depth and constructive.", "", "and constructive"),
                Arguments.of("earlier-meeting-2023", "If the U.S. side cares about maintaining peace",
                        "If the U.S. side cares about maintaining peace", "", "unequivocally opposes"),
                Arguments.of("earlier-meeting-2023", "It focused on advancing dialogue and cooperation and",
                        "It focused on advancing dialogue and cooperation and", "manage differences properly",
                        "properly managing differences"),
                Arguments.of("earlier-meeting-2023", "The two sides reviewed the journey of China-U.S.",
                        "The two sides reviewed the journey of China-U.S.", "since their meeting in Bali",
                        "over the past four years"),
                Arguments.of("chinese-pair", "两国元首确认需要维护人类", "两国领导人确认需要维护人", "元首", "领导人"),
                Arguments.of("paraphrase-reordered", "The two sides agreed to maintain communication between",
                        "The two sides agreed to maintain communication between", "",
                        "including regular contact between senior defense officials"));
    }

    @ParameterizedTest(name = "{0}: {3} -> {4}")
    @MethodSource("planted")
    void aPlantedChangeIsAPhraseChangeInsideItsPair(String fixture, String leftStart, String rightStart,
                                                    String leftPhrase, String rightPhrase) throws IOException {
        Path dir = Path.of("fixtures/counterparts", fixture);
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults())
                .compare(Statement.of("left", Files.readString(dir.resolve("left.txt"))),
                        Statement.of("right", Files.readString(dir.resolve("right.txt"))));
        assertEquals(Mode.COUNTERPARTS, comparison.mode(), comparison.modeReason());
        int left = find(comparison.left(), leftStart);
        int right = find(comparison.right(), rightStart);
        ComparedPair pair = comparison.pairs().stream()
                .filter(p -> p.pair().left().contains(left) && p.pair().right().contains(right))
                .findFirst().orElseThrow(() -> new AssertionError("not paired: " + leftStart + " | " + rightStart));
        assertEquals(Relation.COUNTERPART, pair.pair().relation());
        List<Change> substantive = pair.changes().stream().filter(c -> c.kind() == ChangeKind.SUBSTANTIVE).toList();
        assertTrue(substantive.stream().anyMatch(c -> c.left().of(comparison.left().text()).contains(leftPhrase)
                        && c.right().of(comparison.right().text()).contains(rightPhrase)),
                () -> "no change " + leftPhrase + " -> " + rightPhrase + " among " + substantive.stream()
                        .map(c -> c.left().of(comparison.left().text()) + " -> " + c.right().of(comparison.right().text()))
                        .toList());
    }

    private static int find(SegmentedStatement statement, String start) {
        return statement.sentences().stream()
                .filter(s -> s.text(statement.text()).replaceFirst("^[\"“]", "").startsWith(start))
                .findFirst().orElseThrow().index();
    }
}

package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readoutdiff.ReadoutTexts;
import org.readoutdiff.align.Relation;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.Token;

/** The invariants of DESIGN.md §3 over generated readouts and their edited or re-formatted versions. */
class ComparisonPropertiesTest {

    private static final ComparisonEngine ENGINE = new ComparisonEngine(ComparisonOptions.defaults());
    private static final ComparisonEngine COUNTERPARTS =
            new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS));

    private static Comparison compare(String left, String right) {
        return ENGINE.compare(Statement.of("left", left), Statement.of("right", right));
    }

    @Provide
    Arbitrary<ReadoutTexts.Versions> edited() {
        return ReadoutTexts.editedVersions();
    }

    @Provide
    Arbitrary<ReadoutTexts.Versions> reformatted() {
        return ReadoutTexts.reformattedVersions();
    }

    @Provide
    Arbitrary<ReadoutTexts.PlantedEdit> planted() {
        return ReadoutTexts.plantedEdits();
    }

    @Provide
    Arbitrary<String> readouts() {
        return ReadoutTexts.statements();
    }

    /** Kept + deleted tokens rebuild the left side, kept + inserted the right. */
    @Property(tries = 200)
    void changesAccountForEveryDifferingToken(@ForAll("edited") ReadoutTexts.Versions versions) {
        Comparison comparison = compare(versions.left(), versions.right());
        for (ComparedPair pair : comparison.pairs()) {
            List<Token> left = tokens(comparison.left(), pair.pair().left());
            List<Token> right = tokens(comparison.right(), pair.pair().right());
            assertEquals(withChangeMarks(left, pair.changes(), true), withChangeMarks(right, pair.changes(), false),
                    "outside the changes of " + pair.pair() + " the token keys differ");
            for (Change change : pair.changes()) {
                if (change.kind() == ChangeKind.FORMAT && change.left().length() == change.right().length()) {
                    assertTrue(!change.left().of(comparison.left().text()).equals(change.right().of(comparison.right().text())),
                            "a format change between equal texts");
                }
            }
        }
    }

    @Property(tries = 200)
    void aStatementComparedWithItselfHasNoChanges(@ForAll("readouts") String text) {
        Comparison comparison = compare(text, text);
        assertEquals(Verdict.IDENTICAL, comparison.summary().verdict());
        assertEquals(List.of(), comparison.leftOnly());
        assertEquals(List.of(), comparison.rightOnly());
        assertEquals(List.of(), comparison.moves());
        assertEquals(comparison.left().size(), comparison.pairs().size());
        for (ComparedPair pair : comparison.pairs()) {
            assertEquals(Relation.IDENTICAL, pair.pair().relation());
            assertEquals(pair.pair().left(), pair.pair().right());
            assertEquals(List.of(), pair.changes());
        }
    }

    /** Swapping sides swaps insertions and deletions, left-only and right-only. */
    @Property(tries = 200)
    void swappingSidesSwapsTheChanges(@ForAll("edited") ReadoutTexts.Versions versions) {
        Comparison forward = compare(versions.left(), versions.right());
        Comparison backward = compare(versions.right(), versions.left());
        assertEquals(changes(forward, false), changes(backward, true));
        assertEquals(oneSided(forward.leftOnly()), oneSided(backward.rightOnly()));
        assertEquals(oneSided(forward.rightOnly()), oneSided(backward.leftOnly()));
        assertEquals(forward.moves().size(), backward.moves().size());
        Summary f = forward.summary();
        Summary b = backward.summary();
        assertEquals(List.of(f.substantiveChanges(), f.punctuationChanges(), f.formatChanges(), f.leftOnly(), f.rightOnly()),
                List.of(b.substantiveChanges(), b.punctuationChanges(), b.formatChanges(), b.rightOnly(), b.leftOnly()));
    }

    @Property(tries = 200)
    void everySentenceIsInExactlyOnePlace(@ForAll("edited") ReadoutTexts.Versions versions) {
        Comparison comparison = compare(versions.left(), versions.right());
        assertOnePlaceEach(comparison);
        for (ComparedPair pair : comparison.pairs()) {
            assertConsecutive(pair.pair().left());
            assertConsecutive(pair.pair().right());
        }
        List<Integer> firstLefts = comparison.pairs().stream().map(p -> p.pair().firstLeft()).toList();
        assertEquals(firstLefts.stream().sorted().toList(), firstLefts, "pairs are ordered by their first left sentence");
    }

    @Property(tries = 100)
    void everySentenceIsInExactlyOnePlaceAsCounterpartsToo(@ForAll("edited") ReadoutTexts.Versions versions) {
        Comparison comparison = COUNTERPARTS.compare(Statement.of("left", versions.left()),
                Statement.of("right", versions.right()));
        assertOnePlaceEach(comparison);
    }

    /** A pair, a one-sided list, or (unpaired) the end of a topic link: exactly one of these per sentence. */
    private static void assertOnePlaceEach(Comparison comparison) {
        int[] left = new int[comparison.left().size()];
        int[] right = new int[comparison.right().size()];
        boolean[] leftPaired = new boolean[left.length];
        boolean[] rightPaired = new boolean[right.length];
        for (ComparedPair pair : comparison.pairs()) {
            pair.pair().left().forEach(i -> {
                left[i]++;
                leftPaired[i] = true;
            });
            pair.pair().right().forEach(j -> {
                right[j]++;
                rightPaired[j] = true;
            });
        }
        comparison.leftOnly().forEach(s -> left[s.sentence()]++);
        comparison.rightOnly().forEach(s -> right[s.sentence()]++);
        java.util.Set<Integer> linkedLeft = new java.util.HashSet<>();
        java.util.Set<Integer> linkedRight = new java.util.HashSet<>();
        for (org.readoutdiff.align.TopicLink link : comparison.counterparts().links()) {
            assertTrue(!leftPaired[link.left()] || !rightPaired[link.right()], "a link has an unpaired end: " + link);
            if (!leftPaired[link.left()]) {
                linkedLeft.add(link.left());
            }
            if (!rightPaired[link.right()]) {
                linkedRight.add(link.right());
            }
        }
        linkedLeft.forEach(i -> left[i]++);
        linkedRight.forEach(j -> right[j]++);
        for (int i = 0; i < left.length; i++) {
            assertEquals(1, left[i], "left sentence " + i + " placed " + left[i] + " times");
        }
        for (int j = 0; j < right.length; j++) {
            assertEquals(1, right[j], "right sentence " + j + " placed " + right[j] + " times");
        }
    }

    /** One edit of a kind known by how it was made shows as changes of that kind and nothing else. */
    @Property(tries = 300)
    void aPlantedEditShowsAsItsKind(@ForAll("planted") ReadoutTexts.PlantedEdit edit) {
        Summary summary = compare(edit.left(), edit.right()).summary();
        String counts = "substantive " + summary.substantiveChanges() + ", punctuation " + summary.punctuationChanges()
                + ", format " + summary.formatChanges() + ", one-sided " + (summary.leftOnly() + summary.rightOnly());
        switch (edit.kind()) {
            case "substantive" -> assertEquals("substantive 1, punctuation 0, format 0, one-sided 0", counts);
            case "punctuation" -> assertEquals("substantive 0, punctuation 1, format 0, one-sided 0", counts);
            default -> assertTrue(counts.startsWith("substantive 0, punctuation 0, format ")
                    && summary.formatChanges() > 0 && counts.endsWith("one-sided 0"), counts);
        }
    }

    @Property(tries = 200)
    void formatNoiseIsNeverSubstantive(@ForAll("reformatted") ReadoutTexts.Versions versions) {
        Comparison comparison = compare(versions.left(), versions.right());
        Summary summary = comparison.summary();
        assertEquals(0, summary.substantiveChanges(), "substantive changes");
        assertEquals(0, summary.punctuationChanges(), "punctuation changes");
        assertEquals(0, summary.leftOnly() + summary.rightOnly(), "one-sided sentences");
        assertEquals(0, summary.moves(), "moves");
        assertTrue(summary.verdict() == Verdict.FORMAT_ONLY || summary.verdict() == Verdict.IDENTICAL);
        assertEquals(comparison.left().size(), comparison.right().size());
    }

    // ---- helpers

    private static List<Token> tokens(SegmentedStatement statement, List<Integer> sentences) {
        List<Token> tokens = new ArrayList<>();
        sentences.forEach(i -> tokens.addAll(statement.sentence(i).tokens()));
        return tokens;
    }

    /**
     * The token keys of one side with each change's tokens replaced by a mark "#n" (at the
     * change's place if it is empty on this side). Both sides must read the same.
     */
    private static List<String> withChangeMarks(List<Token> tokens, List<Change> changes, boolean left) {
        List<String> out = new ArrayList<>();
        int t = 0;
        int c = 0;
        while (t < tokens.size() || c < changes.size()) {
            Span span = c < changes.size() ? (left ? changes.get(c).left() : changes.get(c).right()) : null;
            if (span != null && (t >= tokens.size() || span.start() <= tokens.get(t).start())) {
                out.add("#" + c);
                if (!span.isEmpty()) {
                    assertTrue(t < tokens.size() && tokens.get(t).start() == span.start(),
                            "change " + c + " does not start at a token");
                    while (t < tokens.size() && tokens.get(t).end() <= span.end()) {
                        t++;
                    }
                    assertEquals(span.end(), tokens.get(t - 1).end(), "change " + c + " does not end at a token");
                }
                c++;
            } else {
                out.add(tokens.get(t++).key());
            }
        }
        return out;
    }


    /** Every change as "kind: left text -> right text @ left span / right span", sides swapped if asked. */
    private static List<String> changes(Comparison comparison, boolean swap) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (ComparedPair pair : comparison.pairs()) {
            for (Change change : pair.changes()) {
                String left = change.left().of(comparison.left().text()) + " " + change.left();
                String right = change.right().of(comparison.right().text()) + " " + change.right();
                counts.merge(change.kind().label() + ": " + (swap ? right + " -> " + left : left + " -> " + right), 1,
                        Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((change, count) -> out.add(count + " x " + change));
        return out;
    }

    private static List<Integer> oneSided(List<OneSided> sentences) {
        return sentences.stream().map(OneSided::sentence).toList();
    }

    private static void assertConsecutive(List<Integer> sentences) {
        for (int i = 1; i < sentences.size(); i++) {
            assertEquals(sentences.get(i - 1) + 1, sentences.get(i), "a pair's sentences are not consecutive");
        }
    }
}

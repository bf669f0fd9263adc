package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.analysis.VerbContrast;
import org.readoutdiff.analysis.VerbScale;

/** Aligned pairs whose verbs differ in strength are flagged in counterparts mode, by the scale in the options. */
class VerbContrastTest {

    @Test
    void theTaiwanPairOfTheSeedAndItsCounterpartIsFlagged() {
        Comparison comparison = Fixtures.compare(Fixtures.SEED, Fixtures.US_A,
                ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS));
        List<String> contrasts = describe(comparison);
        assertTrue(contrasts.contains("L31 President Xi Jinping stressed 3 / R20 President Biden stated 1"), contrasts.toString());
        for (VerbContrast contrast : comparison.counterparts().verbContrasts()) {
            assertTrue(comparison.pairs().get(contrast.pair()).pair().left().contains(contrast.left().sentence()));
            assertTrue(comparison.pairs().get(contrast.pair()).pair().right().contains(contrast.right().sentence()));
            assertTrue(contrast.left().strength() > 0 && contrast.right().strength() > 0);
        }
    }

    @Test
    void aScaleThatRatesBothVerbsAlikeFlagsNothingThere() {
        VerbScale flat = VerbScale.parse("1 speech stressed\n1 speech stated\n1 speech noted\n- action held a meeting\n");
        Comparison comparison = Fixtures.compare(Fixtures.SEED, Fixtures.US_A,
                ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS).withVerbs(flat));
        assertEquals(List.of(), describe(comparison));
    }

    @Test
    void versionsAreNotFlagged() {
        assertEquals(List.of(), Fixtures.compareCase("word-substitutions").counterparts().verbContrasts());
    }

    private static List<String> describe(Comparison comparison) {
        String left = comparison.left().text();
        String right = comparison.right().text();
        return comparison.counterparts().verbContrasts().stream().map(c -> "L" + (c.left().sentence() + 1) + " "
                + c.left().speakerText().of(left) + " " + c.left().verbText().of(left) + " " + c.left().strength() + " / R"
                + (c.right().sentence() + 1) + " " + c.right().speakerText().of(right) + " " + c.right().verbText().of(right)
                + " " + c.right().strength()).toList();
    }
}

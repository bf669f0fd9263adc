package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.Statement;

class CompactTextWriterTest {

    private static String compact(ComparisonOptions options, String left, String right) {
        Comparison comparison = new ComparisonEngine(options).compare(Statement.of("l", left), Statement.of("r", right));
        return new CompactTextWriter().write(comparison);
    }

    @Test
    void aMovedBlockIsOneLineThenItsChangedPairs() {
        String left = "Title\n\nThe leaders met in Lima on Saturday. They spoke for two hours.\n\n"
                + "On trade, both sides voiced their concerns at length. On climate, they agreed to keep working together.\n\n"
                + "They discussed the situation in the Middle East. They agreed to stay in touch. The meeting ended in the evening.";
        String right = "Title\n\nThe leaders met in Lima on Saturday. They spoke for two hours.\n\n"
                + "They discussed the situation in the Middle East. They agreed to stay in touch. The meeting ended in the evening.\n\n"
                + "On trade, both sides voiced their serious concerns at length. On climate, they agreed to keep working together.";
        assertEquals("""
                mode: versions (versions: as requested)
                sentences: left 8, right 8
                summary: substantive | substantive 1, punctuation 0, format 0, boilerplate 0, moves 1, left-only 0, right-only 0 | similarity 0.9916
                L4-L5 -> R7-R8 moved (move 1)
                L4 -> R7 moved-edited (move 1) | substantive: "" -> "serious"
                """, compact(ComparisonOptions.defaults().withMode(Mode.VERSIONS), left, right));
    }

    @Test
    void rowsInReadingOrderWithInvisibleCharactersEscaped() {
        String left = "Title\n\nFirst one stays here. Second one stays too.\n\nThe block starts here today. The block goes on with more"
                + " words. The block ends with a \"quote\" now.\n\nLast paragraph stays put. Share:";
        String right = "Title\n\nFirst one stays here. Second one stays too.\n\nLast paragraph stays put.\n\nThe block starts here"
                + " today. The block goes on with many words. The block ends with a \u201cquote\u201d now.\n\nA new\u00a0line\nhere.";
        assertEquals("""
                mode: versions (versions: as requested)
                sentences: left 8, right 8
                summary: substantive | substantive 1, punctuation 0, format 2, boilerplate 1, moves 1, left-only 1, right-only 1 | similarity 0.8966
                L5 = R6 edited | substantive: "more" -> "many"
                L6 = R7 identical | format: "\\"" -> "\u201c" | format: "\\"" -> "\u201d"
                L7 -> R4 moved (move 1)
                L8 left-only (boilerplate): Share:
                R8 right-only: A new\\u00a0line\\nhere.
                """, compact(ComparisonOptions.defaults().withMode(Mode.VERSIONS), left, right));
    }

    @Test
    void aDegradedComparisonSaysSo() {
        assertEquals("""
                mode: versions (versions: as requested)
                sentences: left 2, right 2
                summary: substantive | substantive 1, punctuation 0, format 0, boilerplate 0, moves 0, left-only 0, right-only 0 | similarity 0.5556
                limits: degraded (some aligned pairs were too long or too slow to diff word by word and are shown as one change each)
                L2 = R2 edited | substantive: "sides met in Lima" -> "leaders met in Peru"
                """, compact(ComparisonOptions.defaults().withMode(Mode.VERSIONS).withMaxPairTokens(4),
                "Title\n\nThe two sides met in Lima today.", "Title\n\nThe two leaders met in Peru today."));
    }
}

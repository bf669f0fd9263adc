package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/** Which shared formulations say something of their own, and where. */
class DistinctivePhrasesTest {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    @Test
    void aPhraseSaysSomethingWithThreeContentWordsOrFourChineseCharacters() {
        assertTrue(DistinctivePhrases.saysSomething("a new Cold War"));
        assertTrue(DistinctivePhrases.saysSomething("match words with actions"));
        assertTrue(DistinctivePhrases.saysSomething("相互尊重"));
        assertFalse(DistinctivePhrases.saysSomething("of the two Presidents"));
        assertFalse(DistinctivePhrases.saysSomething("China-U.S. relations have"));
        assertFalse(DistinctivePhrases.saysSomething("in 2023 and 2024"));
    }

    @Test
    void aPhraseUsedMoreThanOnceOnASideOrOnlyAsWhoSpeaksIsLeftOut() {
        String leftText = "President Xi stressed that talks matter. He said a new Cold War must be avoided.";
        String rightText = "President Xi stressed that trade matters. The U.S. does not seek a new Cold War.";
        SegmentedStatement left = SEGMENTER.segment(Statement.of("l", leftText));
        SegmentedStatement right = SEGMENTER.segment(Statement.of("r", rightText));
        Attributor attributor = Attributor.of(AttributionRules.defaults(), VerbScale.defaults());
        ReportingFrames leftSpeakers = ReportingFrames.of(attributor.attribute(left), VerbScale.defaults());
        ReportingFrames rightSpeakers = ReportingFrames.of(attributor.attribute(right), VerbScale.defaults());
        SharedPhrase frame = phrase("President Xi stressed that", leftText, rightText);
        SharedPhrase coldWar = phrase("a new Cold War", leftText, rightText);
        SharedPhrase twice = new SharedPhrase("a new Cold War", List.of(coldWar.left().get(0), coldWar.left().get(0)),
                coldWar.right());
        assertEquals(List.of(coldWar), DistinctivePhrases.of(List.of(frame, coldWar, twice), left, leftSpeakers, right,
                rightSpeakers));
    }

    private static SharedPhrase phrase(String text, String left, String right) {
        int l = left.indexOf(text);
        int r = right.indexOf(text);
        return new SharedPhrase(text, List.of(new Span(l, l + text.length())), List.of(new Span(r, r + text.length())));
    }
}

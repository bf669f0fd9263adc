package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/** Where a changed wording of the two-readout table ends: never on a word that leans on the next. */
class WordingEndsTest {

    /** The wording that starts at {@code from} and ends after {@code to}, as the rule ends it, before {@code limit} (a word of the text, or null). */
    private static String ended(String text, String from, String to, String limit) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start) + to.length();
        int limitAt = limit == null ? Integer.MAX_VALUE : text.indexOf(limit, end);
        Span span = WordingEnds.endOnContentWord(new Segmenter(new KeyNormalizer(false)).segment(Statement.of("s", text)),
                new Span(start, end), limitAt);
        return span.of(text);
    }

    @Test
    void aWordingEndingOnAPrepositionRunsOnToTheWholeNameAfterIt() {
        String text = "Dialogue is always the best way to manage differences in the South China Sea.";
        assertEquals("the best way to manage differences in the South China Sea",
                ended(text, "the best way", "differences in", null));
    }

    @Test
    void aNameThatQualifiesANounTakesTheNoun() {
        String text = "They reiterated the guiding principles for China-U.S. relations and the way forward.";
        assertEquals("the guiding principles for China-U.S. relations", ended(text, "the guiding", "principles for", null));
    }

    @Test
    void aWordingCutInsideAHyphenatedWordEndsAfterIt() {
        String text = "He stressed that the one-China principle is the foundation of the relationship.";
        assertEquals("He stressed that the one-China", ended(text, "He stressed", "the one", null));
    }

    @Test
    void aWordingRunsOnToItsClauseEndWhenThatIsNear() {
        String text = "History shows that the two sides gain from cooperation and lose from confrontation.";
        assertEquals("gain from cooperation and lose from confrontation", ended(text, "gain from", "lose from", null));
    }

    @Test
    void aWordingDoesNotRunIntoTheNextChangeButEndsBeforeItsLeaningWords() {
        String text = "They reiterated the guiding principles for China-U.S. relations and the way forward.";
        assertEquals("the guiding principles", ended(text, "the guiding", "principles for", "China"));
    }

    @Test
    void aWordingDoesNotRunPastACommaNorDropAVerbOrModal() {
        String text = "The leaders agreed that the teams should, in the coming months, meet again.";
        assertEquals("agreed that the teams should", ended(text, "agreed", "should", null));
        String comma = "They will talk about the, as they put it, new era of relations.";
        assertEquals("They will talk", ended(comma, "They", "about the", null));
    }

    @Test
    void aWordingRunsOnOverTwoLeaningWordsAtMost() {
        String text = "They agreed to work with each of the other parties.";
        assertEquals("agreed to work", ended(text, "agreed", "work with", null));
    }

    @Test
    void aWordingRunsOnToItsClauseEndWhereTheNextChangeStartsAtTheComma() {
        String text = "They reviewed the progress since their San Francisco meeting, the spokesperson said.";
        assertEquals("the progress since their San Francisco meeting", ended(text, "the progress", "since their", ","));
    }

    /** A closing quotation mark whose opening mark is not in the wording is no part of it; a whole quotation stays. */
    @Test
    void aWordingEndsBeforeAStrayClosingQuotationMark() {
        String text = "\"He made China's position clear on several major issues,\" the spokesperson said, and opposes \"Taiwan independence,\" firmly.";
        int start = text.indexOf("clear");
        Span stray = new Span(start, text.indexOf(" the spokesperson"));
        assertEquals("clear on several major issues", FormulationChanges.withoutEdgeSeparators(text, stray).of(text));
        int opposes = text.indexOf("opposes");
        Span whole = new Span(opposes, text.indexOf(" firmly"));
        assertEquals("opposes \"Taiwan independence,\"", FormulationChanges.withoutEdgeSeparators(text, whole).of(text));
    }

    @Test
    void aWordAtTheEndOfItsClauseLeansOnNothing() {
        String text = "It is the right way for the two countries to get along.";
        assertEquals("the right way for the two countries to get along", ended(text, "the right", "get along", null));
    }

    @Test
    void aWordingOfFunctionWordsOnlyStaysAsItIs() {
        String text = "If the U.S. side cares about peace, it should act.";
        assertEquals("If", ended(text, "If", "If", null));
    }
}

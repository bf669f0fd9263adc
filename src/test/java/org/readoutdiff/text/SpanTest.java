package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spans are half-open: two overlap only when they share a character. */
class SpanTest {

    @Test
    void spansOverlapOnlyWhenTheyShareACharacter() {
        assertTrue(new Span(0, 5).overlaps(new Span(4, 9)));
        assertTrue(new Span(4, 9).overlaps(new Span(0, 5)));
        assertTrue(new Span(0, 9).overlaps(new Span(3, 4)), "one inside the other");
        assertFalse(new Span(0, 5).overlaps(new Span(5, 9)), "touching is not overlapping");
        assertFalse(new Span(0, 5).overlaps(Span.at(2)), "an empty span shares no character");
    }

    @Test
    void trimmingDropsOnlyTheCharactersAtTheEnds() {
        String text = ", a, b ;";
        assertEquals(new Span(2, 6), new Span(0, 8).trimmed(text, c -> c == ',' || c == ';' || c == ' '));
        assertEquals(new Span(8, 8), new Span(0, 8).trimmed(",,,,,,,,", c -> c == ','), "all dropped: empty at the end");
    }
}

package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/** Adverbs between a speaker and the verb: a few are read, a text of them is not a stack to overflow. */
class AttributorLimitsTest {

    private static final Attributor ATTRIBUTOR = new Attributor(AttributionRules.defaults(), VerbScale.defaults());

    private static List<Attribution> attribute(String text) {
        return ATTRIBUTOR.attribute(new Segmenter(new KeyNormalizer(false)).segment(Statement.of("s", text)));
    }

    @Test
    void aFewAdverbsBeforeTheVerbAreReadAsPartOfIt() {
        String text = "President Xi also firmly stressed that peace matters.";
        List<Attribution> found = attribute(text);
        assertEquals(1, found.size());
        assertEquals("also firmly stressed", found.get(0).verbText().of(text));
    }

    @Test
    void aSentenceOfAdverbsHasNoVerbAndNoOverflow() {
        String text = "President Xi " + "also ".repeat(100_000) + "stressed that peace matters.";
        List<Attribution> found = attribute(text);
        assertTrue(found.isEmpty(), "attributed: " + found);
    }
}

package org.readoutdiff.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantsTest {

    @ParameterizedTest
    @CsvSource({"judgement, judgment", "favour, favor", "organis, organiz", "well-be, wellbe", "labour, labor"})
    void britishAndAmericanSpellingsAreOneWord(String first, String second) {
        SpellingVariants variants = new SpellingVariants();
        assertNull(variants.variantOf(first));
        assertEquals(first, variants.variantOf(second));
    }

    @ParameterizedTest
    @CsvSource({"states, stakes", "unite, units", "trade, trace", "nation, notion", "china, chine", "peace, place"})
    void differentWordsStayApart(String first, String second) {
        SpellingVariants variants = new SpellingVariants();
        variants.variantOf(first);
        assertNull(variants.variantOf(second));
    }

    @Test
    void shortWordsAreNeverMerged() {
        SpellingVariants variants = new SpellingVariants();
        variants.variantOf("arm");
        assertNull(variants.variantOf("arms"));
    }
}

package org.readoutdiff.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.similarity.LevenshteinDistance;
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

    /** A run of letters longer than any word has no spelling to vary: its edits would take memory by its square. */
    @Test
    void aRunOfLettersLongerThanAWordIsNotVaried() {
        SpellingVariants variants = new SpellingVariants();
        String run = "a".repeat(300_000);
        variants.variantOf(run + "e");
        assertNull(variants.variantOf(run));
        String longest = "a".repeat(SpellingVariants.MAX_LENGTH - 1);
        variants.variantOf(longest + "e");
        assertEquals(longest + "e", variants.variantOf(longest), "a long word still has its variants");
    }

    @Test
    void shortWordsAreNeverMerged() {
        SpellingVariants variants = new SpellingVariants();
        variants.variantOf("arm");
        assertNull(variants.variantOf("arms"));
    }

    /**
     * The lookup of edited stems answers as the rule reads: every remembered stem with the same
     * first three letters compared in the order remembered (the plain scan it replaced, which was
     * quadratic on large vocabularies). Stems are made from a few words by random edits (s and z
     * swapped, letters added or dropped, sometimes two edits), so that variants and near misses are common.
     */
    @Property(tries = 300)
    void findsWhatComparingWithEveryRememberedStemFinds(@ForAll("editedStems") List<String> stems) {
        SpellingVariants variants = new SpellingVariants();
        ScanEveryStem reference = new ScanEveryStem();
        for (String stem : stems) {
            assertEquals(reference.variantOf(stem), variants.variantOf(stem), "stem " + stem + " after " + stems);
        }
    }

    @Provide
    Arbitrary<List<String>> editedStems() {
        Arbitrary<String> base = Arbitraries.of("organis", "colour", "judgement", "well-be", "sesoz", "zaoses");
        Arbitrary<String> once = Combinators.combine(base, Arbitraries.integers().between(0, 9),
                Arbitraries.of('a', 'e', 'o', '-', 't'), Arbitraries.integers().between(0, 3))
                .as(SpellingVariantsTest::edit);
        Arbitrary<String> twice = Combinators.combine(once, Arbitraries.integers().between(0, 9),
                Arbitraries.of('a', '-', 'x'), Arbitraries.integers().between(0, 3))
                .as(SpellingVariantsTest::edit);
        return Arbitraries.oneOf(base, once, twice).list().ofMinSize(2).ofMaxSize(30);
    }

    /**
     * One edit of a word from a place on: the next s or z swapped (0), the letter added (1), a
     * letter dropped (2), or a letter replaced by it (3).
     */
    private static String edit(String word, int at, char letter, int kind) {
        StringBuilder edited = new StringBuilder(word);
        int k = at % word.length();
        switch (kind) {
            case 0 -> {
                for (int p = 0; p < word.length(); p++) {
                    int q = (k + p) % word.length();
                    char c = word.charAt(q);
                    if (c == 's' || c == 'z') {
                        edited.setCharAt(q, c == 's' ? 'z' : 's');
                        break;
                    }
                }
            }
            case 1 -> edited.insert(at % (word.length() + 1), letter);
            case 2 -> edited.deleteCharAt(k);
            default -> edited.setCharAt(k, letter);
        }
        return edited.toString();
    }

    /** The rule word for word: compare with each remembered stem of the same first three letters. */
    private static final class ScanEveryStem {
        private final Map<String, List<String>> byPrefix = new HashMap<>();

        String variantOf(String stem) {
            if (stem.length() < SpellingVariants.MIN_LENGTH) {
                return null;
            }
            List<String> bucket = byPrefix.computeIfAbsent(stem.substring(0, 3), k -> new ArrayList<>());
            for (String earlier : bucket) {
                if (Math.abs(earlier.length() - stem.length()) <= 1 && oneSpellingEdit(earlier, stem)) {
                    return earlier;
                }
            }
            if (!bucket.contains(stem)) {
                bucket.add(stem);
            }
            return null;
        }

        private static boolean oneSpellingEdit(String a, String b) {
            if (new LevenshteinDistance(1).apply(a, b) != 1) {
                return false;
            }
            int k = 0;
            while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
                k++;
            }
            if (a.length() == b.length()) {
                return (a.charAt(k) == 's' && b.charAt(k) == 'z') || (a.charAt(k) == 'z' && b.charAt(k) == 's');
            }
            String longer = a.length() > b.length() ? a : b;
            return "aeiou-".indexOf(longer.charAt(k)) >= 0;
        }
    }
}

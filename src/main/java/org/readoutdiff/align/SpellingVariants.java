package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds, for a word stem, an earlier stem that is the same word in another spelling: British
 * against American ("judgement"/"judgment", "favour"/"favor", "organise"/"organize") and
 * hyphenation ("well-being"/"wellbeing"). Two stems are variants when they share their first
 * three letters, are at least {@value #MIN_LENGTH} letters long, and one edit apart (Commons
 * Text's bounded Levenshtein distance), the edit being a hyphen or a vowel added or dropped, or
 * s for z. Stems are bucketed by their first three letters, so a lookup costs a few comparisons.
 */
final class SpellingVariants {

    static final int MIN_LENGTH = 5;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private final Map<String, List<String>> byPrefix = new HashMap<>();

    /** The earlier stem this one is a variant of, or null; the stem is remembered either way. */
    String variantOf(String stem) {
        if (stem.length() < MIN_LENGTH) {
            return null;
        }
        List<String> bucket = byPrefix.computeIfAbsent(stem.substring(0, 3), k -> new ArrayList<>());
        for (String earlier : bucket) {
            if (Math.abs(earlier.length() - stem.length()) <= 1 && isSpellingEdit(earlier, stem)
                    && ONE_EDIT.apply(earlier, stem) == 1) {
                return earlier;
            }
        }
        bucket.add(stem);
        return null;
    }

    /** Whether the one place the two differ is a hyphen, a vowel, or s against z. */
    private static boolean isSpellingEdit(String a, String b) {
        int k = 0;
        while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        if (a.length() == b.length()) {
            if (k >= a.length()) {
                return false;
            }
            char x = a.charAt(k);
            char y = b.charAt(k);
            return (x == 's' && y == 'z') || (x == 'z' && y == 's');
        }
        String longer = a.length() > b.length() ? a : b;
        return "aeiou-".indexOf(longer.charAt(k)) >= 0;
    }
}

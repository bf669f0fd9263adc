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
 * three letters, are {@value #MIN_LENGTH} to {@value #MAX_LENGTH} letters long, and one edit apart (Commons
 * Text's bounded Levenshtein distance), the edit being a hyphen or a vowel added or dropped, or
 * s for z.
 *
 * <p>The few stems one such edit makes of a stem are looked up among those remembered, rather than
 * every remembered stem with the same first letters being compared with it: on a long text of
 * many rare words (names, misspellings) that scan grew with the square of the vocabulary.
 */
final class SpellingVariants {

    static final int MIN_LENGTH = 5;
    /**
     * Longer stems are not words with a spelling (a run of letters with no space): their edits
     * would be as many strings as letters, each as long as the stem, which grows with its square.
     */
    static final int MAX_LENGTH = 48;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final String ADDED_OR_DROPPED = "aeiou-";

    /** Each stem remembered, with the order it came in: of two variants found, the earlier wins. */
    private final Map<String, Integer> remembered = new HashMap<>();

    /** The earlier stem this one is a variant of, or null; the stem is remembered when it has none. */
    String variantOf(String stem) {
        if (stem.length() < MIN_LENGTH || stem.length() > MAX_LENGTH) {
            return null;
        }
        String earliest = null;
        int earliestOrder = Integer.MAX_VALUE;
        for (String edited : oneEditAway(stem)) {
            Integer order = remembered.get(edited);
            if (order != null && order < earliestOrder && edited.regionMatches(0, stem, 0, 3)
                    && isSpellingEdit(edited, stem) && ONE_EDIT.apply(edited, stem) == 1) {
                earliest = edited;
                earliestOrder = order;
            }
        }
        if (earliest == null) {
            remembered.putIfAbsent(stem, remembered.size());
        }
        return earliest;
    }

    /** The stems one spelling edit away: s and z swapped at one place, a vowel or hyphen dropped or added. */
    private static List<String> oneEditAway(String stem) {
        List<String> edits = new ArrayList<>();
        StringBuilder edit = new StringBuilder(stem.length() + 1);
        for (int k = 0; k <= stem.length(); k++) {
            if (k < stem.length()) {
                char c = stem.charAt(k);
                if (c == 's' || c == 'z') {
                    edit.setLength(0);
                    edits.add(edit.append(stem).replace(k, k + 1, c == 's' ? "z" : "s").toString());
                }
                if (ADDED_OR_DROPPED.indexOf(c) >= 0) {
                    edit.setLength(0);
                    edits.add(edit.append(stem).deleteCharAt(k).toString());
                }
            }
            for (int v = 0; v < ADDED_OR_DROPPED.length(); v++) {
                edit.setLength(0);
                edits.add(edit.append(stem).insert(k, ADDED_OR_DROPPED.charAt(v)).toString());
            }
        }
        return edits;
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
        return ADDED_OR_DROPPED.indexOf(longer.charAt(k)) >= 0;
    }
}

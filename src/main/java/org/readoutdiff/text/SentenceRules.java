package org.readoutdiff.text;

import java.util.Set;

/**
 * Where ICU's sentence boundaries are wrong for readouts. ICU breaks after any period followed
 * by a capital; readouts are full of "U.S. President", "Joseph R. Biden Jr. held". These rules
 * veto such breaks, and add the break ICU does not make at the full-width semicolon.
 */
final class SentenceRules {

    /** Abbreviations after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "P.R.C.", "U.S.A.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.",
            "Amb.", "Lt.", "Col.", "Capt.", "Adm.", "No.", "Nos.", "Art.", "Vol.", "vs.", "e.g.", "i.e.",
            "etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.",
            "Oct.", "Nov.", "Dec.");

    private SentenceRules() {
    }

    /**
     * True when the candidate sentence {@code text[start, end)} ends in an abbreviation or an
     * initial, so the boundary after it is not a sentence end.
     */
    static boolean endsInAbbreviation(char[] text, int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(text[last - 1])) {
            last--;
        }
        if (last == start || text[last - 1] != '.') {
            return false;
        }
        int wordStart = last - 1;
        while (wordStart > start && !Character.isWhitespace(text[wordStart - 1])) {
            wordStart--;
        }
        String word = stripOpeningPunctuation(new String(text, wordStart, last - wordStart));
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        int dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('\u2013'));
        if (dash >= 0 && ABBREVIATIONS.contains(word.substring(dash + 1))) {
            return true; // "China-U.S." ends in an abbreviation too
        }
        return isInitial(word);
    }

    /** "R." in "Joseph R. Biden": one capital letter and a period. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }

    private static String stripOpeningPunctuation(String word) {
        int i = 0;
        while (i < word.length() && "(\"'\u201C\u2018[".indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }

    /** Sentence ends ICU does not know about: the full-width and ideographic semicolons. */
    static boolean isExtraTerminator(char c) {
        return c == '\uFF1B';
    }

    /** Marks that only ever open a quotation or a parenthesis: they belong to what follows. */
    static boolean isOpening(char c) {
        return "\u201C\u2018\u300C\u300E\u300A\u3008\uFF08\u3010\u3014\u00AB".indexOf(c) >= 0;
    }

    /** Closing marks that stay with the sentence they close. */
    static boolean isClosing(char c) {
        return "\"'\u201D\u2019\u300D\u300F)\uFF09]".indexOf(c) >= 0;
    }
}

package org.readoutdiff.analysis;

import java.util.HashSet;
import java.util.Set;
import org.readoutdiff.text.Stems;
import org.readoutdiff.text.Stopwords;

/**
 * What a verb of position is about: the first content word after it and the content words that
 * run on from it ("opposes \"Taiwan independence\"" is about Taiwan independence, "has no
 * intention to seek conflict" about seeking). Two stances are on one object when their heads
 * have one stem. Read from the characters after the verb up to the end of its clause; a
 * hand-written scan, because no parser is available to this build as a library. English only in
 * effect: a Chinese clause, written without spaces, reads as one word, so two Chinese stances
 * are on one object only when the rest of their clauses is the same.
 *
 * @param head  the stem of the first content word
 * @param end   where the object's run of content words ends in the text
 * @param stems the stems of its content words
 */
record StanceObject(String head, int end, Set<String> stems) {

    /** At most this many content words make the object. */
    static final int MAX_WORDS = 4;

    /**
     * The object after {@code from} in {@code text} and before {@code to} (where the next stance
     * starts: "supports dialogue, opposes sanctions" has two objects), or null when the clause
     * ends first.
     */
    static StanceObject after(String text, int from, int to, Stems stems) {
        int at = from;
        String head = null;
        int end = from;
        int words = 0;
        while (at < to && words < MAX_WORDS) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || isQuote(c) || c == '-' || c == '\u2010') {
                at++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                break; // a comma, a full stop, a bracket: the clause or the phrase ends
            }
            int wordEnd = at;
            while (wordEnd < to && (Character.isLetterOrDigit(text.charAt(wordEnd))
                    || isInsideWord(text, wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(at, wordEnd);
            boolean function = Stopwords.contains(word);
            if (head == null) {
                if (!function) {
                    head = stems.stem(word);
                    end = wordEnd;
                    words++;
                }
            } else if (function) {
                break;
            } else {
                end = wordEnd;
                words++;
            }
            at = wordEnd;
        }
        return head == null ? null : new StanceObject(head, end, contentStems(text.substring(from, end), stems));
    }

    /** Whether a text names the object: it has every content word of it, in any form. */
    boolean isNamedIn(Set<String> textStems) {
        return textStems.containsAll(stems);
    }

    /** The stems of the words of a text that are not function words. */
    static Set<String> contentStems(String text, Stems stems) {
        Set<String> found = new HashSet<>();
        WordScan.words(text, word -> {
            if (!Stopwords.contains(word)) {
                found.add(stems.stem(word));
            }
        });
        return found;
    }

    /** An apostrophe or a full stop between letters ("China's", "U.S"): part of the word. */
    private static boolean isInsideWord(String text, int at) {
        char c = text.charAt(at);
        return (c == '\'' || c == '\u2019' || c == '.') && at > 0 && at + 1 < text.length()
                && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}

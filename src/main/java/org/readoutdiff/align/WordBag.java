package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Token;

/**
 * The words of one or more sentences as a sorted multiset of case-folded keys, for measuring
 * how much wording two sentences share. Punctuation does not count.
 */
final class WordBag {

    private final String[] words;

    private WordBag(String[] words) {
        this.words = words;
    }

    static WordBag of(Sentence sentence) {
        List<String> words = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            if (token.isWordLike()) {
                words.add(token.key().toLowerCase(Locale.ROOT));
            }
        }
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        return new WordBag(sorted);
    }

    WordBag plus(WordBag other) {
        String[] merged = new String[words.length + other.words.length];
        System.arraycopy(words, 0, merged, 0, words.length);
        System.arraycopy(other.words, 0, merged, words.length, other.words.length);
        Arrays.sort(merged);
        return new WordBag(merged);
    }

    int size() {
        return words.length;
    }

    /** How many words the two bags have in common, counting repeats. */
    int common(WordBag other) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < words.length && j < other.words.length) {
            int order = words[i].compareTo(other.words[j]);
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Dice's coefficient: the share of both bags' words that the other bag has too. */
    double dice(WordBag other) {
        int total = words.length + other.words.length;
        return total == 0 ? 1.0 : 2.0 * common(other) / total;
    }

    /**
     * What pairing these bags is worth: the words they share, less half of the words only one
     * has. Positive only for pairs that share most of their wording, and larger for longer
     * such pairs, so that a sentence split in two pairs with both halves rather than one.
     */
    double gain(WordBag other) {
        int common = common(other);
        int unmatched = words.length + other.words.length - 2 * common;
        return common - 0.5 * unmatched;
    }
}

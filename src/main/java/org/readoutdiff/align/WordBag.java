package org.readoutdiff.align;

import java.util.Arrays;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.TokenList;

/**
 * The words of a sentence as a sorted multiset, for measuring how much wording two sentences
 * share. Words are held as their comparison keys' hash codes: a sorted int array is several
 * times faster to build and intersect than strings, and a rare collision only nudges a
 * similarity score. Punctuation does not count.
 */
final class WordBag {

    private final int[] words;

    private WordBag(int[] words) {
        this.words = words;
    }

    static WordBag of(Sentence sentence) {
        TokenList tokens = sentence.tokens();
        int[] words = new int[tokens.size()];
        int size = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i).isWordLike()) {
                words[size++] = tokens.key(i).hashCode();
            }
        }
        int[] sorted = Arrays.copyOf(words, size);
        Arrays.sort(sorted);
        return new WordBag(sorted);
    }

    WordBag plus(WordBag other) {
        int[] merged = new int[words.length + other.words.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < words.length && j < other.words.length) {
            merged[k++] = words[i] <= other.words[j] ? words[i++] : other.words[j++];
        }
        while (i < words.length) {
            merged[k++] = words[i++];
        }
        while (j < other.words.length) {
            merged[k++] = other.words[j++];
        }
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
            if (words[i] == other.words[j]) {
                common++;
                i++;
                j++;
            } else if (words[i] < other.words[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Dice's coefficient: the share of both bags' words that the other bag has too. */
    double dice(WordBag other) {
        return dice(common(other), size() + other.size());
    }

    static double dice(int common, int totalSize) {
        return totalSize == 0 ? 1.0 : 2.0 * common / totalSize;
    }

    /**
     * What pairing these bags is worth: the words they share, less half of the words only one
     * has. Positive only for pairs that share most of their wording, and larger for longer
     * such pairs, so that a sentence split in two pairs with both halves rather than one.
     */
    static double gain(int common, int totalSize) {
        return common - 0.5 * (totalSize - 2 * common);
    }
}

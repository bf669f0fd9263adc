package org.readoutdiff.text;

import java.util.List;

/**
 * A sentence: its span (trimmed of surrounding whitespace), the paragraph it belongs to
 * (0-based), and its tokens in order. {@code index} is 0-based; reports number sentences from 1.
 * {@code key} is the tokens' comparison keys joined by single spaces: two sentences with equal
 * keys say the same thing in the same words, whatever their quotes, spacing or wrapping.
 */
public record Sentence(int index, int start, int end, int paragraph, List<Token> tokens, String key) {

    public Sentence {
        tokens = TokenColumns.isSlice(tokens) ? tokens : List.copyOf(tokens); // a slice cannot change
    }

    public Span span() {
        return new Span(start, end);
    }

    public String text(String original) {
        return original.substring(start, end);
    }

    public int wordCount() {
        int words = 0;
        for (Token token : tokens) {
            if (token.isWordLike()) {
                words++;
            }
        }
        return words;
    }
}

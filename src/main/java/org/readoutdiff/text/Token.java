package org.readoutdiff.text;

/**
 * One token of a sentence: its place in the original text and its comparison key.
 * Whitespace is never a token; it lies between tokens and is compared only as format.
 */
public record Token(int start, int end, String key, TokenKind kind) {

    public Span span() {
        return new Span(start, end);
    }

    public String text(String original) {
        return original.substring(start, end);
    }

    public boolean isWordLike() {
        return kind.isWordLike();
    }
}

package org.readoutdiff.text;

/** What a token is made of. Only word-like tokens carry meaning of their own. */
public enum TokenKind {
    /** Letters, including a Chinese word from dictionary segmentation. */
    WORD,
    /** Digits, possibly with separators ("2024", "1,000"). */
    NUMBER,
    /** Punctuation and symbols. */
    PUNCTUATION;

    public boolean isWordLike() {
        return this != PUNCTUATION;
    }
}

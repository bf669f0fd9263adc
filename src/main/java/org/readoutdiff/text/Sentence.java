package org.readoutdiff.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence: its span (trimmed of surrounding whitespace), the paragraph it belongs to
 * (0-based), and its tokens in order. {@code index} is 0-based; reports number sentences from 1.
 * Its {@link #key} is the tokens' comparison keys joined by single spaces: two sentences with
 * equal keys say the same thing in the same words, whatever their quotes, spacing or wrapping.
 *
 * <p>A segmented sentence joins its key only when first asked for: comparing keys
 * ({@link #sameKey}, {@link SentenceKey}) needs only their hash and length, known from the
 * start, and the tokens. As strings, the keys of a 10 MB text were 14 MB that lived as long as
 * the comparison and that the garbage collector copied twice; most are never read.
 */
public final class Sentence {

    private final int index;
    private final int start;
    private final int end;
    private final int paragraph;
    /** The tokens of a sentence made from a list of them; null when they are a range of {@link #columns}. */
    private final TokenList listed;
    /**
     * The columns of a segmented statement's tokens, and this sentence's range of them: a slice
     * is made when asked for, not kept, so that a long text's hundred thousand sentences are not
     * twice as many objects for the garbage collector to copy.
     */
    private final TokenColumns columns;
    private final int firstToken;
    private final int endToken;
    private final int keyHash;
    private final int keyLength;
    /** Whether the tokens' keys, joined, give the key: then keys compare token by token. */
    private final boolean keyFromTokens;
    private String key; // joined when first asked for; threads that race join equal strings

    /** A sentence with its key given. */
    public Sentence(int index, int start, int end, int paragraph, List<Token> tokens, String key) {
        this(index, start, end, paragraph,
                // a slice cannot change
                TokenColumns.isSlice(tokens) ? TokenList.of(tokens) : TokenList.of(List.copyOf(tokens)), null, 0, 0,
                key.hashCode(), key.length(), false);
        this.key = key;
    }

    private Sentence(int index, int start, int end, int paragraph, TokenList listed, TokenColumns columns,
                     int firstToken, int endToken, int keyHash, int keyLength, boolean keyFromTokens) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.listed = listed;
        this.columns = columns;
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.keyHash = keyHash;
        this.keyLength = keyLength;
        this.keyFromTokens = keyFromTokens;
    }

    /** Tokens {@code [from, to)} of {@code columns} as a sentence, whose key is joined from theirs when asked for. */
    static Sentence ofTokens(int index, int start, int end, int paragraph, TokenColumns columns, int from, int to) {
        int hash = 0;
        int length = -1;
        for (int i = from; i < to; i++) {
            String key = columns.key(i);
            // the hash of the joined key, as String.hashCode computes it, from each key's own hash:
            // a token's key is one string for all its occurrences, so that hash is computed once
            hash = (i > from ? 31 * hash + ' ' : hash) * powerOf31(key.length()) + key.hashCode();
            length += key.length() + 1;
        }
        return new Sentence(index, start, end, paragraph, null, columns, from, to, hash, Math.max(0, length), true);
    }

    private static int powerOf31(int exponent) {
        if (exponent < POWERS_OF_31.length) {
            return POWERS_OF_31[exponent];
        }
        int power = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int i = POWERS_OF_31.length - 1; i < exponent; i++) {
            power *= 31;
        }
        return power;
    }

    /** 31 to the powers 0 to 63, overflowing as String.hashCode does: a key is rarely longer. */
    private static final int[] POWERS_OF_31 = new int[64];

    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
        }
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int paragraph() {
        return paragraph;
    }

    public TokenList tokens() {
        return listed != null ? listed : columns.slice(firstToken, endToken);
    }

    /** The tokens' comparison keys joined by single spaces. */
    public String key() {
        String joined = key;
        if (joined == null) {
            TokenList tokens = tokens();
            StringBuilder builder = new StringBuilder(keyLength);
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) {
                    builder.append(' ');
                }
                builder.append(tokens.key(i));
            }
            joined = builder.toString();
            key = joined;
        }
        return joined;
    }

    /** {@code key().hashCode()}, without joining the key. */
    public int keyHash() {
        return keyHash;
    }

    /** Whether the two have equal keys, told without joining them when both come from their tokens. */
    public boolean sameKey(Sentence other) {
        if (other == this) {
            return true;
        }
        if (keyHash != other.keyHash || keyLength != other.keyLength) {
            return false;
        }
        if (!keyFromTokens || !other.keyFromTokens) {
            return key().equals(other.key());
        }
        TokenList tokens = tokens();
        TokenList others = other.tokens();
        if (tokens.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.key(i).equals(others.key(i))) {
                return false;
            }
        }
        return true;
    }

    public Span span() {
        return new Span(start, end);
    }

    public String text(String original) {
        return original.substring(start, end);
    }

    public int wordCount() {
        TokenList tokens = tokens();
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i).isWordLike()) {
                words++;
            }
        }
        return words;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence that && index == that.index && start == that.start && end == that.end
                && paragraph == that.paragraph && tokens().equals(that.tokens()) && sameKey(that);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, paragraph, tokens(), keyHash);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", paragraph=" + paragraph
                + ", tokens=" + tokens() + ", key=" + key() + "]";
    }
}

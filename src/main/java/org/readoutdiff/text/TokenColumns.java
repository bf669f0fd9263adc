package org.readoutdiff.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens of one statement in columns: offsets, keys and kinds in arrays, one entry per
 * token, instead of one {@link Token} object each. A sentence's tokens are a {@link #slice} of
 * them, which makes a {@code Token} only when one is asked for. A 10 MB text has about two
 * million tokens: as objects that live as long as the comparison they were most of its memory
 * and of its garbage collector's work. Hand-written: no library keeps a list of records by
 * columns. Filled by {@link Segmenter} only, then never changed, so slices may be shared
 * between threads.
 */
final class TokenColumns {

    private static final TokenKind[] KINDS = TokenKind.values();

    private int[] starts;
    private int[] ends;
    private String[] keys;
    private byte[] kinds;
    private int size;

    TokenColumns(int expected) {
        int capacity = Math.max(16, expected);
        starts = new int[capacity];
        ends = new int[capacity];
        keys = new String[capacity];
        kinds = new byte[capacity];
    }

    void add(int start, int end, String key, TokenKind kind) {
        if (size == starts.length) {
            int capacity = size + (size >> 1);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            keys = Arrays.copyOf(keys, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        keys[size] = key;
        kinds[size] = (byte) kind.ordinal();
        size++;
    }

    int size() {
        return size;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    String key(int index) {
        return keys[index];
    }

    /** Tokens {@code [from, to)}, as an unmodifiable list. */
    List<Token> slice(int from, int to) {
        return new Slice(this, from, to);
    }

    private static final class Slice extends AbstractList<Token> implements RandomAccess {

        private final TokenColumns columns;
        private final int from;
        private final int size;

        Slice(TokenColumns columns, int from, int to) {
            this.columns = columns;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public Token get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("token " + index + " of " + size);
            }
            int at = from + index;
            return new Token(columns.starts[at], columns.ends[at], columns.keys[at], KINDS[columns.kinds[at]]);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public List<Token> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex);
            return new Slice(columns, from + fromIndex, from + toIndex);
        }

        private void subListRangeCheck(int fromIndex, int toIndex) {
            if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
                throw new IndexOutOfBoundsException("tokens " + fromIndex + " to " + toIndex + " of " + size);
            }
        }
    }

    /** Whether two slices' tokens have the same keys, one by one: read from the columns, with no Token made. */
    static boolean sameKeys(List<Token> left, List<Token> right) {
        if (!(left instanceof Slice a) || !(right instanceof Slice b)) {
            throw new IllegalArgumentException("only slices of token columns");
        }
        if (a.size != b.size) {
            return false;
        }
        for (int i = 0; i < a.size; i++) {
            if (!a.columns.keys[a.from + i].equals(b.columns.keys[b.from + i])) {
                return false;
            }
        }
        return true;
    }

    /** Hands the tokens of a slice to {@code visitor} straight from the columns; false if {@code tokens} is no slice. */
    static boolean visit(List<Token> tokens, Sentence.TokenVisitor visitor) {
        if (!(tokens instanceof Slice slice)) {
            return false;
        }
        TokenColumns columns = slice.columns;
        for (int at = slice.from; at < slice.from + slice.size; at++) {
            visitor.visit(columns.starts[at], columns.ends[at], columns.keys[at], KINDS[columns.kinds[at]]);
        }
        return true;
    }

    /** Whether {@code tokens} is already an unmodifiable slice, which need not be copied. */
    static boolean isSlice(List<Token> tokens) {
        return tokens instanceof Slice;
    }
}

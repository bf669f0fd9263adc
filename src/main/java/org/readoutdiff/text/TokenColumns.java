package org.readoutdiff.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

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
    TokenList slice(int from, int to) {
        return new Slice(this, from, to);
    }

    private static final class Slice extends AbstractList<Token> implements TokenList {

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
            int at = at(index);
            return new Token(columns.starts[at], columns.ends[at], columns.keys[at], KINDS[columns.kinds[at]]);
        }

        @Override
        public String key(int index) {
            return columns.keys[at(index)];
        }

        @Override
        public int start(int index) {
            return columns.starts[at(index)];
        }

        @Override
        public int end(int index) {
            return columns.ends[at(index)];
        }

        @Override
        public TokenKind kind(int index) {
            return KINDS[columns.kinds[at(index)]];
        }

        /** Where token {@code index} of this slice is in the columns, which hold other sentences' tokens too. */
        private int at(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("token " + index + " of " + size);
            }
            return from + index;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public TokenList subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex);
            return new Slice(columns, from + fromIndex, from + toIndex);
        }

        private void subListRangeCheck(int fromIndex, int toIndex) {
            if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
                throw new IndexOutOfBoundsException("tokens " + fromIndex + " to " + toIndex + " of " + size);
            }
        }
    }

    /** Whether {@code tokens} is already an unmodifiable slice, which need not be copied. */
    static boolean isSlice(List<Token> tokens) {
        return tokens instanceof Slice;
    }
}

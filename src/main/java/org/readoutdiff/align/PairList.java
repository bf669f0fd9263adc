package org.readoutdiff.align;

import java.util.Arrays;

/** A growable list of (left, right) sentence pairs packed into longs; sorted and made unique on demand. */
final class PairList {

    private long[] pairs = new long[1024];
    private int size;

    void add(int left, int right) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    /** The distinct pairs, ordered by left then right sentence. */
    long[] distinct() {
        long[] sorted = Arrays.copyOf(pairs, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[n++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    static int left(long pair) {
        return (int) (pair >>> 32);
    }

    static int right(long pair) {
        return (int) pair;
    }
}

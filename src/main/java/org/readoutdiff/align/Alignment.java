package org.readoutdiff.align;

import java.util.List;

/**
 * Where every sentence went: each sentence index of each side appears exactly once, in a pair
 * or in {@code leftOnly}/{@code rightOnly}. Pairs are ordered by their first left sentence.
 *
 * @param degradedReason why a budget made the alignment coarser than it could be, or null
 */
public record Alignment(List<AlignedPair> pairs, List<Integer> leftOnly, List<Integer> rightOnly, List<Move> moves,
                        String degradedReason) {

    public Alignment {
        pairs = List.copyOf(pairs);
        leftOnly = List.copyOf(leftOnly);
        rightOnly = List.copyOf(rightOnly);
        moves = List.copyOf(moves);
    }

    public boolean degraded() {
        return degradedReason != null;
    }
}

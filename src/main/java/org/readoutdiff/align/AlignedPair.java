package org.readoutdiff.align;

import java.util.List;

/**
 * Sentences of the left statement aligned with sentences of the right (indices, ascending).
 * Usually one with one; a sentence split in two, or a long sentence covering two short ones,
 * gives one with two.
 *
 * @param similarity how much of the wording the two sides share, from 0 to 1
 * @param move       the {@link Move} this pair belongs to, or 0 when it did not move
 */
public record AlignedPair(List<Integer> left, List<Integer> right, Relation relation, double similarity, int move) {

    public AlignedPair {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("a pair needs sentences on both sides");
        }
    }

    public int firstLeft() {
        return left.get(0);
    }

    public int firstRight() {
        return right.get(0);
    }

    public AlignedPair withRelation(Relation value, int moveId) {
        return new AlignedPair(left, right, value, similarity, moveId);
    }
}

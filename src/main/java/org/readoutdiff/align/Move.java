package org.readoutdiff.align;

import java.util.List;

/**
 * A block of consecutive sentences that moved together: a moved paragraph is one move, not a
 * deletion and an insertion. Numbered from 1 in the order of the left statement.
 */
public record Move(int id, List<Integer> left, List<Integer> right) {

    public Move {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}

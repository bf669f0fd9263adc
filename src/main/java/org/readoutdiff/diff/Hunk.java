package org.readoutdiff.diff;

/**
 * A changed region of two sequences: elements {@code [leftStart, leftEnd)} of the left were
 * replaced by {@code [rightStart, rightEnd)} of the right. Either side may be empty.
 */
public record Hunk(int leftStart, int leftEnd, int rightStart, int rightEnd) {

    public int leftSize() {
        return leftEnd - leftStart;
    }

    public int rightSize() {
        return rightEnd - rightStart;
    }

    /** The same hunk seen from the other side. */
    public Hunk swapped() {
        return new Hunk(rightStart, rightEnd, leftStart, leftEnd);
    }

    public Hunk mergedWith(Hunk later) {
        return new Hunk(leftStart, later.leftEnd, rightStart, later.rightEnd);
    }
}

package org.readoutdiff.diff;

import org.readoutdiff.text.Span;

/**
 * One phrase-level change: the left text at {@code left} became the right text at {@code right}.
 * An empty span marks where text was inserted (on the left) or where deleted text used to be
 * (on the right).
 */
public record Change(ChangeKind kind, Span left, Span right) {

    public boolean isDeletion() {
        return right.isEmpty() && !left.isEmpty();
    }

    public boolean isInsertion() {
        return left.isEmpty() && !right.isEmpty();
    }

    /** The same change seen from the other side: left and right exchanged. */
    public Change swapped() {
        return new Change(kind, right, left);
    }
}

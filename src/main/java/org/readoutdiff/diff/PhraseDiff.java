package org.readoutdiff.diff;

import java.util.List;

/**
 * The changes inside one aligned pair, in reading order. {@code coarse} is true when the word
 * diff ran out of budget and the whole differing middle is reported as one change.
 */
public record PhraseDiff(List<Change> changes, boolean coarse) {

    public PhraseDiff {
        changes = List.copyOf(changes);
    }
}

package org.readoutdiff.compare;

import java.util.List;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.diff.Change;

/** An aligned pair and the phrase-level changes inside it, in reading order. */
public record ComparedPair(AlignedPair pair, List<Change> changes) {

    public ComparedPair {
        changes = List.copyOf(changes);
    }
}

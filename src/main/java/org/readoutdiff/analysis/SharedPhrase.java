package org.readoutdiff.analysis;

import java.util.List;
import org.readoutdiff.text.Span;

/** A formulation found word for word on both sides, with every place it occurs. */
public record SharedPhrase(String text, List<Span> left, List<Span> right) {

    public SharedPhrase {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}

package org.readoutdiff.report;

import java.util.List;

/** The sentences of one other statement that match nothing in the base. */
public record UnmatchedView(int other, String shortName, String label, List<SentenceView> sentences) {

    public UnmatchedView {
        sentences = List.copyOf(sentences);
    }
}

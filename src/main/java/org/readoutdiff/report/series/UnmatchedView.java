package org.readoutdiff.report.series;

import java.util.List;
import org.readoutdiff.report.comparison.SentenceView;

/** The sentences of one other statement that match nothing in the base. */
public record UnmatchedView(int other, String shortName, String label, List<SentenceView> sentences) {

    public UnmatchedView {
        sentences = List.copyOf(sentences);
    }
}

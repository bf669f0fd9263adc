package org.readoutdiff.report.comparison;

import java.util.List;
import org.readoutdiff.report.SentenceLink;

/** A formulation both sides use word for word, with the sentences it occurs in on each side. */
public record SharedPhraseView(String text, List<SentenceLink> left, List<SentenceLink> right) {

    public SharedPhraseView {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}

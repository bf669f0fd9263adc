package org.readoutdiff.report;

import java.util.List;

/** A formulation both sides use word for word, with the sentences it occurs in on each side. */
public record SharedPhraseView(String text, List<SentenceLink> left, List<SentenceLink> right) {

    public SharedPhraseView {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}

package org.readoutdiff.report.comparison;

import java.util.List;
import org.readoutdiff.report.SentenceLink;

/**
 * One row of the topic coverage matrix: the sentences that address a topic on each side.
 *
 * @param coverage "both", "left", "right" or "neither"
 */
public record TopicView(String id, String label, List<SentenceLink> left, List<SentenceLink> right, String coverage) {

    public TopicView {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public int leftCount() {
        return left.size();
    }

    public int rightCount() {
        return right.size();
    }
}

package org.readoutdiff.analysis;

import java.util.List;

/** One topic and the sentences (0-based indices) that address it on each side. */
public record TopicCoverage(String id, String label, List<Integer> left, List<Integer> right) {

    public TopicCoverage {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}

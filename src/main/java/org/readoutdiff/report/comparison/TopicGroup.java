package org.readoutdiff.report.comparison;

import java.util.List;

/**
 * One-sided sentences under their (first) topic.
 *
 * @param id    the topic id, or null for sentences without a topic
 * @param label the topic label, or "No topic" for those
 */
public record TopicGroup(String id, String label, List<OneSidedView> sentences) {

    public TopicGroup {
        sentences = List.copyOf(sentences);
    }
}

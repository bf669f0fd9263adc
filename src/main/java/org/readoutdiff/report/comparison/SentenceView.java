package org.readoutdiff.report.comparison;

/**
 * A sentence shown whole: its id in its statement, the anchor of the place that shows it, its
 * text and, when it has one, its attribution.
 *
 * @param topics labels of its topics, joined with ", ", or ""
 */
public record SentenceView(String id, String anchor, String text, String language, AttributionView attribution,
                           String topics, boolean boilerplate) {
}

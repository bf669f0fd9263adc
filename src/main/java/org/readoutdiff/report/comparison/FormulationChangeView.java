package org.readoutdiff.report.comparison;

import org.readoutdiff.report.SentenceLink;

/**
 * One row of a report's formulation changes: both wordings (visible text, or null where a side
 * has none) with a link to the row of their sentence, the topic and why the row ranks where it does.
 */
public record FormulationChangeView(int rank, String kind, String topic, String reasons, SentenceLink left,
                                    String leftText, SentenceLink right, String rightText) {
}

package org.readoutdiff.analysis;

import java.util.List;
import org.readoutdiff.text.Span;

/**
 * One formulation that differs between two readouts: both wordings (one of them empty for an
 * item added or dropped), the sentences they stand in, the topic, and why it ranks where it does.
 *
 * @param leftSentence  sentence index on the left, or -1 when the left has no wording for it
 * @param left          the left wording, or null
 * @param rightSentence sentence index on the right, or -1
 * @param right         the right wording, or null
 * @param topic         the topic id of its sentence, or null
 * @param weight        how much it matters: the sum of its reasons' weights (rows are ranked by it)
 * @param reasons       why it matters, most telling first ("position", "named item", "demand", ...)
 */
public record FormulationChange(Kind kind, int leftSentence, Span left, int rightSentence, Span right, String topic,
                                double weight, List<String> reasons) {

    public FormulationChange {
        reasons = List.copyOf(reasons);
    }

    /** What happened to the formulation, read from left to right. */
    public enum Kind {
        /** Both sides word it, differently. */
        CHANGED,
        /** Only the right has it. */
        ADDED,
        /** Only the left has it. */
        DROPPED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

package org.readoutdiff.compare;

import java.util.List;

/** What one other statement has for one base sentence, in a {@link SeriesComparison}. */
public sealed interface SeriesCell {

    /**
     * The base sentence is in an aligned pair of that statement's comparison.
     *
     * @param pair      the pair's index in the comparison's pairs
     * @param continued the pair began at an earlier base sentence (it covers several): shown there
     * @param related   sentences of the other statement on the same issue as this base sentence that
     *                  have no counterpart of their own (topic links), ascending
     */
    record Aligned(int pair, boolean continued, List<Integer> related) implements SeriesCell {

        public Aligned {
            related = List.copyOf(related);
        }
    }

    /**
     * No counterpart, but sentences of the other statement address the same issue while making a
     * different point (topic links).
     */
    record Related(List<Integer> sentences) implements SeriesCell {

        public Related {
            sentences = List.copyOf(sentences);
        }
    }

    /** The other statement does not mention what the base sentence says. */
    record NotMentioned() implements SeriesCell {
    }
}

package org.readoutdiff.align;

import java.util.Arrays;
import org.readoutdiff.text.Deadline;

/**
 * Finds, for each sentence of one side, the sentences of the other side it shares the most
 * weighted terms with, through an inverted index of the other side's terms. Cost: the postings
 * walked, which {@code maxPostings} bounds per term, so it grows near-linearly with the text
 * rather than with the product of the two sides' sentence counts.
 */
final class CandidateSearch {

    private final SentenceSpace.Side to;
    private final int[] offsets;
    private final int[] postings;
    private final float[] postingWeights;

    private CandidateSearch(SentenceSpace.Side to, int[] offsets, int[] postings, float[] postingWeights) {
        this.to = to;
        this.offsets = offsets;
        this.postings = postings;
        this.postingWeights = postingWeights;
    }

    /** An index of the sentences of {@code to} that {@code include} accepts. */
    static CandidateSearch over(SentenceSpace.Side to, int termCount, java.util.function.IntPredicate include) {
        int[] offsets = new int[termCount + 1];
        for (int s = 0; s < to.size(); s++) {
            if (include.test(s)) {
                for (int t : to.terms[s]) {
                    offsets[t + 1]++;
                }
            }
        }
        for (int t = 0; t < termCount; t++) {
            offsets[t + 1] += offsets[t];
        }
        int[] fill = Arrays.copyOf(offsets, termCount);
        int[] postings = new int[offsets[termCount]];
        float[] weights = new float[offsets[termCount]];
        for (int s = 0; s < to.size(); s++) {
            if (!include.test(s)) {
                continue;
            }
            int[] terms = to.terms[s];
            for (int k = 0; k < terms.length; k++) {
                int at = fill[terms[k]]++;
                postings[at] = s;
                weights[at] = to.weights[s][k];
            }
        }
        return new CandidateSearch(to, offsets, postings, weights);
    }

    /**
     * Adds to {@code out}, for every sentence of {@code from}, its best {@code perSentence}
     * candidates as packed (left sentence, right sentence) pairs; only sentences {@code include} accepts.
     *
     * @return false if the deadline passed before every sentence was searched
     */
    boolean search(SentenceSpace.Side from, java.util.function.IntPredicate include, boolean fromLeft, int perSentence,
                   int maxPostings, Deadline deadline, PairList out) {
        float[] scores = new float[to.size()];
        int[] touched = new int[to.size()];
        float[] topScores = new float[perSentence];
        int[] topSentences = new int[perSentence];
        for (int s = 0; s < from.size(); s++) {
            if ((s & 1023) == 0 && deadline.expired()) {
                return false;
            }
            if (!include.test(s)) {
                continue;
            }
            int touchedCount = 0;
            int[] terms = from.terms[s];
            float[] weights = from.weights[s];
            for (int k = 0; k < terms.length; k++) {
                int t = terms[k];
                int start = offsets[t];
                int end = offsets[t + 1];
                if (end - start > maxPostings) {
                    continue;
                }
                for (int p = start; p < end; p++) {
                    int o = postings[p];
                    if (scores[o] == 0f) {
                        touched[touchedCount++] = o;
                    }
                    scores[o] += weights[k] * postingWeights[p];
                }
            }
            int kept = 0;
            for (int x = 0; x < touchedCount; x++) {
                int o = touched[x];
                float score = scores[o];
                scores[o] = 0f;
                if (kept == perSentence && !better(score, o, topScores[kept - 1], topSentences[kept - 1])) {
                    continue;
                }
                int at = kept < perSentence ? kept++ : kept - 1;
                while (at > 0 && better(score, o, topScores[at - 1], topSentences[at - 1])) {
                    topScores[at] = topScores[at - 1];
                    topSentences[at] = topSentences[at - 1];
                    at--;
                }
                topScores[at] = score;
                topSentences[at] = o;
            }
            for (int x = 0; x < kept; x++) {
                if (fromLeft) {
                    out.add(s, topSentences[x]);
                } else {
                    out.add(topSentences[x], s);
                }
            }
        }
        return true;
    }

    /** Higher score first; equal scores by lower sentence index, so that results are deterministic. */
    private static boolean better(float score, int sentence, float otherScore, int otherSentence) {
        return score > otherScore || (score == otherScore && sentence < otherSentence);
    }
}

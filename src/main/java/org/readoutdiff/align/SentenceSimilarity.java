package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readoutdiff.text.Token;

/**
 * How alike two sentences are, from 0 to about 1: the one measure counterpart alignment decides
 * pairs by. It blends two signals, {@link SimilarityOptions#semanticWeight} of the second:
 *
 * <ul>
 *   <li><b>lexical</b>: the cosine of the sentences' TF-IDF vectors of content terms ({@link
 *       ContentTerms}: stems, Chinese bigrams). Without the semantic signal (Chinese, or too many
 *       sentences) it also counts {@value #PHRASE_WEIGHT} times the share of three-word runs the
 *       two have in common, so a stock formulation counts for more than the same words scattered
 *       (capped at 1); the embedding already knows word order and wording, and the STS check
 *       shows the bonus only adds noise beside it;</li>
 *   <li><b>semantic</b>: the cosine of the sentences' embeddings ({@link SentenceEmbedder}),
 *       which knows that "candid, in-depth and constructive" and "frank, thorough and productive"
 *       say one thing. Two sentences of one readout pair share a topic and a register, so their
 *       cosine is well above zero whatever they say: the cosine is measured from a floor, the
 *       median cosine of all sentence pairs across the two sides, up to 1.</li>
 * </ul>
 * When there is no model for the language, or too many sentences, the score is lexical only.
 */
public final class SentenceSimilarity {

    static final double PHRASE_WEIGHT = 0.3;
    /** Shared shingles are counted against at least this many, so a three-word sentence cannot score full. */
    static final int MIN_SHINGLE_BASE = 4;
    /** The floor is measured on at most this many sentences of each side. */
    static final int SAMPLE_SIDE = 150;

    final SentenceSpace space;
    private final float[][] leftVectors;
    private final float[][] rightVectors;
    private final double floor;
    private final double weight;

    private SentenceSimilarity(SentenceSpace space, float[][] leftVectors, float[][] rightVectors, double weight) {
        this.space = space;
        this.leftVectors = leftVectors;
        this.rightVectors = rightVectors;
        this.weight = leftVectors == null ? 0 : weight;
        this.floor = leftVectors == null ? 0 : medianCosine(leftVectors, rightVectors);
    }

    /** Lexical only. */
    static SentenceSimilarity lexical(SentenceSpace space) {
        return new SentenceSimilarity(space, null, null, 0);
    }

    /** Both signals, the sentences given as their texts (same order as in {@code space}). */
    static SentenceSimilarity semantic(SentenceSpace space, SentenceEmbedder embedder, List<String> leftTexts,
                                       List<String> rightTexts, double weight) {
        return new SentenceSimilarity(space, embedder.embed(leftTexts), embedder.embed(rightTexts), weight);
    }

    /**
     * The measure over two plain lists of sentences (each its text and tokens), for checking it
     * against sentence pairs scored by people: sentence k of the left with sentence k of the right.
     */
    public static double[] ofPairs(List<List<Token>> left, List<String> leftTexts, List<List<Token>> right,
                                   List<String> rightTexts, SentenceEmbedder embedder, double weight) {
        SentenceSpace space = SentenceSpace.of(left, right, new ContentTerms());
        SentenceSimilarity similarity = weight > 0
                ? semantic(space, embedder, leftTexts, rightTexts, weight) : lexical(space);
        double[] scores = new double[left.size()];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = similarity.score(k, k);
        }
        return scores;
    }

    boolean isSemantic() {
        return leftVectors != null;
    }

    double score(int i, int j) {
        double lexical = lexical(i, j);
        return weight == 0 ? lexical : (1 - weight) * lexical + weight * semantic(i, j);
    }

    double lexical(int i, int j) {
        double cosine = SentenceSpace.dot(space.left.terms[i], space.left.weights[i],
                space.right.terms[j], space.right.weights[j]);
        if (isSemantic()) {
            return cosine;
        }
        long[] a = space.left.shingles[i];
        long[] b = space.right.shingles[j];
        double phrase = 0;
        if (a.length > 0 && b.length > 0) {
            int base = Math.max(MIN_SHINGLE_BASE, Math.min(a.length, b.length));
            phrase = (double) SentenceSpace.common(a, b) / base;
        }
        return Math.min(1.0, cosine + PHRASE_WEIGHT * phrase);
    }

    /** The embedding cosine above the floor, scaled to 0..1. */
    double semantic(int i, int j) {
        double cosine = dot(leftVectors[i], rightVectors[j]);
        return Math.max(0, (cosine - floor) / (1 - floor));
    }

    /** Pairs of sentences, one per side, whose embeddings are closest: for each sentence its {@code k} best. */
    void addNearest(int k, java.util.function.IntPredicate leftFree, java.util.function.IntPredicate rightFree,
                    PairList out) {
        if (!isSemantic()) {
            return;
        }
        nearest(leftVectors, rightVectors, k, leftFree, rightFree, out, true);
        nearest(rightVectors, leftVectors, k, rightFree, leftFree, out, false);
    }

    private static void nearest(float[][] from, float[][] to, int k, java.util.function.IntPredicate fromFree,
                                java.util.function.IntPredicate toFree, PairList out, boolean fromLeft) {
        for (int a = 0; a < from.length; a++) {
            if (!fromFree.test(a)) {
                continue;
            }
            int[] best = new int[k];
            double[] scores = new double[k];
            Arrays.fill(best, -1);
            Arrays.fill(scores, Double.NEGATIVE_INFINITY);
            for (int b = 0; b < to.length; b++) {
                if (!toFree.test(b)) {
                    continue;
                }
                double s = dot(from[a], to[b]);
                for (int slot = 0; slot < k; slot++) {
                    if (s > scores[slot]) {
                        System.arraycopy(scores, slot, scores, slot + 1, k - slot - 1);
                        System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                        scores[slot] = s;
                        best[slot] = b;
                        break;
                    }
                }
            }
            for (int b : best) {
                if (b >= 0) {
                    if (fromLeft) {
                        out.add(a, b);
                    } else {
                        out.add(b, a);
                    }
                }
            }
        }
    }

    /**
     * The median cosine over all pairs of sentences across the sides, or over an even grid of
     * them for long texts (every k-th sentence of each side, k from that side's length alone, so
     * that swapping the sides samples the same pairs and the measure stays symmetric).
     */
    private static double medianCosine(float[][] left, float[][] right) {
        int leftStep = Math.max(1, left.length / SAMPLE_SIDE);
        int rightStep = Math.max(1, right.length / SAMPLE_SIDE);
        List<Double> cosines = new ArrayList<>();
        for (int i = 0; i < left.length; i += leftStep) {
            for (int j = 0; j < right.length; j += rightStep) {
                cosines.add(dot(left[i], right[j]));
            }
        }
        if (cosines.isEmpty()) {
            return 0;
        }
        cosines.sort(null);
        int n = cosines.size();
        double median = n % 2 == 1 ? cosines.get(n / 2) : (cosines.get(n / 2 - 1) + cosines.get(n / 2)) / 2;
        return Math.min(0.9, Math.max(0, median));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}

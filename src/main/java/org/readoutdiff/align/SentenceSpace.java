package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Token;

/**
 * The sentences of both statements as weighted term vectors (TF-IDF over the sentences of both
 * sides: a term found in few sentences says more than one found everywhere) and as sets of
 * three-unit shingles (shared wording, stopwords included, in order).
 *
 * <p>Hand-written rather than Commons Text's {@code CosineSimilarity}: that takes maps of
 * strings per call, which on a 10 MB pair means millions of maps; here each sentence is two
 * sorted arrays, built once.
 */
final class SentenceSpace {

    static final int SHINGLE = 3;

    final Side left;
    final Side right;

    private SentenceSpace(Side left, Side right) {
        this.left = left;
        this.right = right;
    }

    static SentenceSpace of(SegmentedStatement left, SegmentedStatement right, ContentTerms terms) {
        return of(tokensOf(left), tokensOf(right), terms);
    }

    static List<List<Token>> tokensOf(SegmentedStatement statement) {
        List<List<Token>> sentences = new ArrayList<>(statement.size());
        for (int i = 0; i < statement.size(); i++) {
            sentences.add(statement.sentence(i).tokens());
        }
        return sentences;
    }

    /** Two lists of sentences, each given as its tokens. */
    static SentenceSpace of(List<List<Token>> left, List<List<Token>> right, ContentTerms terms) {
        int[][] leftTerms = new int[left.size()][];
        int[][] rightTerms = new int[right.size()][];
        long[][] leftShingles = new long[left.size()][];
        long[][] rightShingles = new long[right.size()][];
        for (int i = 0; i < left.size(); i++) {
            leftTerms[i] = terms.terms(left.get(i));
            leftShingles[i] = shingles(terms, terms.units(left.get(i)));
        }
        for (int j = 0; j < right.size(); j++) {
            rightTerms[j] = terms.terms(right.get(j));
            rightShingles[j] = shingles(terms, terms.units(right.get(j)));
        }
        int[] df = new int[terms.termCount()];
        countDocuments(leftTerms, df);
        countDocuments(rightTerms, df);
        int documents = left.size() + right.size();
        float[] idf = new float[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = df[t] == 0 ? 0f : (float) Math.log(1.0 + (double) documents / df[t]);
        }
        return new SentenceSpace(Side.of(leftTerms, leftShingles, idf), Side.of(rightTerms, rightShingles, idf));
    }

    private static void countDocuments(int[][] sentences, int[] df) {
        for (int[] sentence : sentences) {
            int[] sorted = sentence.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    df[sorted[k]]++;
                }
            }
        }
    }

    /** Hashes of every run of {@value #SHINGLE} units that holds at least one content word. */
    private static long[] shingles(ContentTerms terms, int[] units) {
        if (units.length < SHINGLE) {
            return new long[0];
        }
        long[] hashes = new long[units.length - SHINGLE + 1];
        int count = 0;
        for (int k = 0; k + SHINGLE <= units.length; k++) {
            boolean content = false;
            long hash = 0;
            for (int u = k; u < k + SHINGLE; u++) {
                content |= !terms.isFunctionWord(units[u]);
                hash = (hash + units[u] + 1) * 0x9E3779B97F4A7C15L;
            }
            if (content) {
                hashes[count++] = hash ^ (hash >>> 31);
            }
        }
        long[] result = Arrays.copyOf(hashes, count);
        Arrays.sort(result);
        return unique(result);
    }

    private static long[] unique(long[] sorted) {
        int n = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[n++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** Cosine of two weighted vectors given as sorted term ids with parallel weights. */
    static double dot(int[] aTerms, float[] aWeights, int[] bTerms, float[] bWeights) {
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < aTerms.length && y < bTerms.length) {
            if (aTerms[x] == bTerms[y]) {
                dot += aWeights[x++] * bWeights[y++];
            } else if (aTerms[x] < bTerms[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }

    static int common(long[] a, long[] b) {
        int x = 0;
        int y = 0;
        int common = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                common++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return common;
    }

    /** One statement's sentences: unit-length TF-IDF vectors and raw ones (for merging sentences). */
    static final class Side {

        final int[][] terms;
        final float[][] weights;
        final float[][] raw;
        final long[][] shingles;

        private Side(int[][] terms, float[][] weights, float[][] raw, long[][] shingles) {
            this.terms = terms;
            this.weights = weights;
            this.raw = raw;
            this.shingles = shingles;
        }

        static Side of(int[][] sentenceTerms, long[][] shingles, float[] idf) {
            int n = sentenceTerms.length;
            int[][] terms = new int[n][];
            float[][] weights = new float[n][];
            float[][] raw = new float[n][];
            for (int s = 0; s < n; s++) {
                int[] sorted = sentenceTerms[s].clone();
                Arrays.sort(sorted);
                int distinct = 0;
                for (int k = 0; k < sorted.length; k++) {
                    if (k == 0 || sorted[k] != sorted[k - 1]) {
                        distinct++;
                    }
                }
                int[] ids = new int[distinct];
                float[] w = new float[distinct];
                int d = -1;
                for (int k = 0; k < sorted.length; k++) {
                    if (k == 0 || sorted[k] != sorted[k - 1]) {
                        ids[++d] = sorted[k];
                    }
                    w[d] += 1f;
                }
                double norm = 0;
                for (int k = 0; k < distinct; k++) {
                    w[k] = (float) ((1 + Math.log(w[k])) * idf[ids[k]]);
                    norm += w[k] * w[k];
                }
                float[] unit = new float[distinct];
                double length = Math.sqrt(norm);
                for (int k = 0; k < distinct; k++) {
                    unit[k] = length == 0 ? 0f : (float) (w[k] / length);
                }
                terms[s] = ids;
                raw[s] = w;
                weights[s] = unit;
            }
            return new Side(terms, weights, raw, shingles);
        }

        int size() {
            return terms.length;
        }
    }
}

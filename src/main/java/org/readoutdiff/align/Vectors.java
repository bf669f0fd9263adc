package org.readoutdiff.align;

import java.util.List;
import java.util.TreeMap;

/** Cosine between groups of sentences, each group read as one text (its TF-IDF weights added up). */
final class Vectors {

    private Vectors() {
    }

    static double cosine(SentenceSpace.Side a, List<Integer> aSentences, SentenceSpace.Side b,
                         List<Integer> bSentences) {
        if (aSentences.size() == 1 && bSentences.size() == 1) {
            int i = aSentences.get(0);
            int j = bSentences.get(0);
            return SentenceSpace.dot(a.terms[i], a.weights[i], b.terms[j], b.weights[j]);
        }
        TreeMap<Integer, Double> x = merged(a, aSentences);
        TreeMap<Integer, Double> y = merged(b, bSentences);
        double[] products = new double[Math.min(x.size(), y.size())];
        int n = 0;
        for (var entry : x.entrySet()) {
            Double other = y.get(entry.getKey());
            if (other != null) {
                products[n++] = entry.getValue() * other;
            }
        }
        double norms = norm(x) * norm(y);
        return norms == 0 ? 0 : sum(products, n) / norms;
    }

    /**
     * The sum of the first {@code n} values, added smallest first: term ids, and so the order
     * in which the terms come, depend on which statement is called left, and a sum in another
     * order can differ in its last bit; sorted, the two sides give the same similarity exactly.
     */
    private static double sum(double[] values, int n) {
        java.util.Arrays.sort(values, 0, n);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += values[k];
        }
        return sum;
    }

    private static TreeMap<Integer, Double> merged(SentenceSpace.Side side, List<Integer> sentences) {
        TreeMap<Integer, Double> vector = new TreeMap<>();
        for (int s : sentences) {
            int[] terms = side.terms[s];
            float[] raw = side.raw[s];
            for (int k = 0; k < terms.length; k++) {
                vector.merge(terms[k], (double) raw[k], Double::sum);
            }
        }
        return vector;
    }

    private static double norm(TreeMap<Integer, Double> vector) {
        double[] squares = new double[vector.size()];
        int n = 0;
        for (double value : vector.values()) {
            squares[n++] = value * value;
        }
        return Math.sqrt(sum(squares, n));
    }
}

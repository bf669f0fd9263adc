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
        double dot = 0;
        for (var entry : x.entrySet()) {
            Double other = y.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        double norms = norm(x) * norm(y);
        return norms == 0 ? 0 : dot / norms;
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
        double sum = 0;
        for (double value : vector.values()) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}

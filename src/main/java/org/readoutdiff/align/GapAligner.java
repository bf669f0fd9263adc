package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the sentences of one gap between anchors, in order, by similarity: a table over the
 * gap's left and right sentences where each step skips a sentence or pairs one with one, one
 * with two or two with one, maximising {@link WordBag#gain}. Cost: left size times right size;
 * a one-with-two step is scored only when the two one-with-one scores it is made of could reach
 * the threshold together. Reads the alignment being built and changes nothing in it, so gaps
 * (which share no sentence) can be aligned on several threads at once.
 */
final class GapAligner {

    private static final int SKIP_LEFT = 1;
    private static final int SKIP_RIGHT = 2;
    private static final int ONE_ONE = 3;
    private static final int ONE_TWO = 4;
    private static final int TWO_ONE = 5;

    private final Work work;
    private final double minSimilarity;

    GapAligner(Work work, double minSimilarity) {
        this.work = work;
        this.minSimilarity = minSimilarity;
    }

    /** The gap's pairs, last first, for {@link Work#pair} to record in that order. */
    List<AlignedPair> pairs(Gap gap) {
        int m = gap.leftSize();
        int n = gap.rightSize();
        double[][] best = new double[m + 1][n + 1];
        byte[][] step = new byte[m + 1][n + 1];
        int[][] common = new int[m + 1][n + 1]; // common[i][j]: words shared by left i-1 and right j-1
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double value = Double.NEGATIVE_INFINITY;
                int choice = 0;
                if (i > 0 && best[i - 1][j] > value) {
                    value = best[i - 1][j];
                    choice = SKIP_LEFT;
                }
                if (j > 0 && best[i][j - 1] > value) {
                    value = best[i][j - 1];
                    choice = SKIP_RIGHT;
                }
                if (i > 0 && j > 0) {
                    WordBag left = bagLeft(gap, i);
                    WordBag right = bagRight(gap, j);
                    common[i][j] = left.common(right);
                    double gain = gain(common[i][j], left.size() + right.size());
                    if (best[i - 1][j - 1] + gain > value) {
                        value = best[i - 1][j - 1] + gain;
                        choice = ONE_ONE;
                    }
                }
                if (i > 0 && j > 1) {
                    WordBag left = bagLeft(gap, i);
                    int size = left.size() + bagRight(gap, j - 1).size() + bagRight(gap, j).size();
                    if (couldPair(common[i][j - 1] + common[i][j], size)) {
                        double gain = gain(left.common(bagRight(gap, j - 1).plus(bagRight(gap, j))), size);
                        if (best[i - 1][j - 2] + gain > value) {
                            value = best[i - 1][j - 2] + gain;
                            choice = ONE_TWO;
                        }
                    }
                }
                if (i > 1 && j > 0) {
                    WordBag right = bagRight(gap, j);
                    int size = bagLeft(gap, i - 1).size() + bagLeft(gap, i).size() + right.size();
                    if (couldPair(common[i - 1][j] + common[i][j], size)) {
                        double gain = gain(bagLeft(gap, i - 1).plus(bagLeft(gap, i)).common(right), size);
                        if (best[i - 2][j - 1] + gain > value) {
                            value = best[i - 2][j - 1] + gain;
                            choice = TWO_ONE;
                        }
                    }
                }
                best[i][j] = value;
                step[i][j] = (byte) choice;
            }
        }
        return traceBack(gap, step);
    }

    private WordBag bagLeft(Gap gap, int i) {
        return work.leftBag(gap.leftStart() + i - 1);
    }

    private WordBag bagRight(Gap gap, int j) {
        return work.rightBag(gap.rightStart() + j - 1);
    }

    /** Shared words can only shrink when two sentences are joined, so this bounds the joined score. */
    private boolean couldPair(int commonUpperBound, int totalSize) {
        return WordBag.dice(commonUpperBound, totalSize) >= minSimilarity;
    }

    private List<AlignedPair> traceBack(Gap gap, byte[][] step) {
        List<AlignedPair> pairs = new ArrayList<>();
        int i = gap.leftSize();
        int j = gap.rightSize();
        while (i > 0 || j > 0) {
            int l = gap.leftStart() + i - 1;
            int r = gap.rightStart() + j - 1;
            switch (step[i][j]) {
                case SKIP_LEFT -> i--;
                case SKIP_RIGHT -> j--;
                case ONE_ONE -> {
                    pairs.add(edited(List.of(l), List.of(r), work.leftBag(l).dice(work.rightBag(r))));
                    i--;
                    j--;
                }
                case ONE_TWO -> {
                    pairs.add(edited(List.of(l), List.of(r - 1, r),
                            work.leftBag(l).dice(work.rightBag(r - 1).plus(work.rightBag(r)))));
                    i--;
                    j -= 2;
                }
                case TWO_ONE -> {
                    pairs.add(edited(List.of(l - 1, l), List.of(r),
                            work.leftBag(l - 1).plus(work.leftBag(l)).dice(work.rightBag(r))));
                    i -= 2;
                    j--;
                }
                default -> throw new IllegalStateException("no step at " + i + "," + j);
            }
        }
        return pairs;
    }

    private static AlignedPair edited(List<Integer> left, List<Integer> right, double similarity) {
        return new AlignedPair(left, right, Relation.EDITED, similarity, 0);
    }

    /** The worth of a pairing, or minus infinity if the two share too little to be one sentence. */
    private double gain(int common, int totalSize) {
        if (WordBag.dice(common, totalSize) < minSimilarity) {
            return Double.NEGATIVE_INFINITY;
        }
        double gain = WordBag.gain(common, totalSize);
        return gain > 0 ? gain : Double.NEGATIVE_INFINITY;
    }
}

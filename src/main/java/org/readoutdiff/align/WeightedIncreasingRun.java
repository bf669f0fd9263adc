package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Of pairs ordered by their left sentence, the heaviest subset whose right sentences also
 * increase: the sentences that stayed in place. The rest moved. O(n log n) with a Fenwick tree
 * of prefix maxima (hand-written: no library at hand offers a weighted longest increasing
 * subsequence).
 */
final class WeightedIncreasingRun {

    private WeightedIncreasingRun() {
    }

    /** @return for each pair (by index into {@code pairs}) whether it stays in place */
    static boolean[] inPlace(List<AlignedPair> pairs, int rightStart, int rightEnd, double[] weights) {
        int rightSize = rightEnd - rightStart;
        List<Integer> order = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> pairs.get(i).firstLeft()));
        double[] treeWeight = new double[rightSize + 1];
        int[] treePair = new int[rightSize + 1];
        Arrays.fill(treePair, -1);
        double[] best = new double[pairs.size()];
        int[] previous = new int[pairs.size()];
        int last = -1;
        double lastWeight = 0;
        for (int i : order) {
            AlignedPair pair = pairs.get(i);
            int before = pair.firstRight() - rightStart; // query rights before this pair's first
            double bestBefore = 0;
            int bestPair = -1;
            for (int k = before; k > 0; k -= k & -k) {
                if (treeWeight[k] > bestBefore) {
                    bestBefore = treeWeight[k];
                    bestPair = treePair[k];
                }
            }
            best[i] = bestBefore + weights[i];
            previous[i] = bestPair;
            int at = pair.right().get(pair.right().size() - 1) - rightStart + 1; // 1-based position of its last right
            for (int k = at; k <= rightSize; k += k & -k) {
                if (best[i] > treeWeight[k]) {
                    treeWeight[k] = best[i];
                    treePair[k] = i;
                }
            }
            if (best[i] > lastWeight) {
                lastWeight = best[i];
                last = i;
            }
        }
        boolean[] inPlace = new boolean[pairs.size()];
        for (int i = last; i >= 0; i = previous[i]) {
            inPlace[i] = true;
        }
        return inPlace;
    }
}

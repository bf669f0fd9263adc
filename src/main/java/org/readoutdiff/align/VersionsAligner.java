package org.readoutdiff.align;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.SentenceKey;

/**
 * Aligns two versions of one statement. See the package description for the three steps:
 * identical anchors, similarity inside the gaps, and a whole-text search for moved sentences.
 */
public final class VersionsAligner {

    /** Least share of wording for two sentences in the same gap to count as one edited sentence. */
    static final double EDITED_SIMILARITY = 0.5;
    /** Least share of wording for a sentence found elsewhere to count as moved and edited. */
    static final double MOVED_SIMILARITY = 0.6;
    /** Statements with more sentences between them than this have their gaps aligned on two threads. */
    private static final int PARALLEL_ABOVE_SENTENCES = 2_000;

    public Alignment align(SegmentedStatement left, SegmentedStatement right, AlignmentBudget budget) {
        if (compareKeys(left, right) > 0) {
            // anchoring, the gap table and the search for moves all break ties by side; aligning
            // in one canonical order makes swapping the sides give the mirror image
            return alignInOrder(right, left, budget).mirrored();
        }
        return alignInOrder(left, right, budget);
    }

    /** Orders statements by their sentence keys, lexicographically. */
    private static int compareKeys(SegmentedStatement left, SegmentedStatement right) {
        int limit = Math.min(left.size(), right.size());
        for (int i = 0; i < limit; i++) {
            if (left.sentence(i).sameKey(right.sentence(i))) {
                continue;
            }
            int order = left.sentence(i).key().compareTo(right.sentence(i).key());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private Alignment alignInOrder(SegmentedStatement left, SegmentedStatement right, AlignmentBudget budget) {
        Work work = new Work(left, right);
        List<Gap> gaps = anchorIdenticalSentences(work).stream()
                .filter(gap -> (long) gap.leftSize() * gap.rightSize() <= budget.maxGapCells())
                .toList();
        GapAligner aligner = new GapAligner(work, EDITED_SIMILARITY);
        // gaps share no sentence: aligned on both cores for long texts, recorded in order either way
        List<List<AlignedPair>> gapPairs = (left.size() + right.size() > PARALLEL_ABOVE_SENTENCES
                ? gaps.parallelStream() : gaps.stream())
                .map(gap -> budget.deadline().expired() ? null : aligner.pairs(gap))
                .toList();
        String degraded = null;
        for (List<AlignedPair> pairs : gapPairs) {
            if (pairs == null) {
                degraded = "the time budget ran out while aligning edited sentences";
                break;
            }
            pairs.forEach(work::pair);
        }
        if (degraded == null) {
            degraded = new ElsewhereMatcher(work, MOVED_SIMILARITY, budget).match();
        }
        return work.finish(degraded);
    }

    /**
     * Patience-style anchoring: in each gap, sentences whose key occurs exactly once on each
     * side are paired, keeping the heaviest run that is in order on both sides, and the gaps
     * between those anchors are searched again. Equal sentences at either end of a gap are
     * anchored directly. Returns the gaps that are left.
     */
    private static List<Gap> anchorIdenticalSentences(Work work) {
        List<Gap> leaves = new ArrayList<>();
        Deque<Gap> pending = new ArrayDeque<>();
        pending.push(new Gap(0, work.left.size(), 0, work.right.size()));
        while (!pending.isEmpty()) {
            Gap gap = trimEqualEnds(work, pending.pop());
            if (gap.leftSize() == 0 || gap.rightSize() == 0) {
                continue;
            }
            List<AlignedPair> anchors = uniqueInOrderPairs(work, gap);
            if (anchors.isEmpty()) {
                leaves.add(gap);
                continue;
            }
            int leftFrom = gap.leftStart();
            int rightFrom = gap.rightStart();
            List<Gap> subGaps = new ArrayList<>();
            for (AlignedPair anchor : anchors) {
                work.pairSame(anchor.firstLeft(), anchor.firstRight());
                subGaps.add(new Gap(leftFrom, anchor.firstLeft(), rightFrom, anchor.firstRight()));
                leftFrom = anchor.firstLeft() + 1;
                rightFrom = anchor.firstRight() + 1;
            }
            subGaps.add(new Gap(leftFrom, gap.leftEnd(), rightFrom, gap.rightEnd()));
            for (int i = subGaps.size() - 1; i >= 0; i--) {
                pending.push(subGaps.get(i)); // so that gaps are handled in reading order
            }
        }
        leaves.sort(Comparator.comparingInt(Gap::leftStart));
        return leaves;
    }

    private static Gap trimEqualEnds(Work work, Gap gap) {
        int l0 = gap.leftStart();
        int l1 = gap.leftEnd();
        int r0 = gap.rightStart();
        int r1 = gap.rightEnd();
        while (l0 < l1 && r0 < r1 && work.sameKey(l0, r0)) {
            work.pairSame(l0++, r0++);
        }
        while (l0 < l1 && r0 < r1 && work.sameKey(l1 - 1, r1 - 1)) {
            work.pairSame(--l1, --r1);
        }
        return new Gap(l0, l1, r0, r1);
    }

    private static List<AlignedPair> uniqueInOrderPairs(Work work, Gap gap) {
        Map<SentenceKey, int[]> seen = new HashMap<>(); // key -> {left count, left index, right count, right index}
        int[][] ofLeft = new int[gap.leftSize()][]; // each left sentence's entry, to read them in order
        for (int i = gap.leftStart(); i < gap.leftEnd(); i++) {
            int[] entry = seen.computeIfAbsent(SentenceKey.of(work.left.sentence(i)), k -> new int[4]);
            entry[0]++;
            entry[1] = i;
            ofLeft[i - gap.leftStart()] = entry;
        }
        for (int j = gap.rightStart(); j < gap.rightEnd(); j++) {
            int[] entry = seen.get(SentenceKey.of(work.right.sentence(j)));
            if (entry != null) {
                entry[2]++;
                entry[3] = j;
            }
        }
        List<AlignedPair> candidates = new ArrayList<>();
        for (int[] entry : ofLeft) { // in left order, as the increasing run needs them
            if (entry[0] == 1 && entry[2] == 1) {
                candidates.add(new AlignedPair(List.of(entry[1]), List.of(entry[3]), Relation.IDENTICAL, 1.0, 0));
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        double[] weights = new double[candidates.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + work.left.sentence(candidates.get(i).firstLeft()).tokens().size();
        }
        boolean[] keep = WeightedIncreasingRun.inPlace(candidates, gap.rightStart(), gap.rightEnd(), weights);
        List<AlignedPair> anchors = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (keep[i]) {
                anchors.add(candidates.get(i));
            }
        }
        return anchors;
    }
}

package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.readoutdiff.text.SegmentedStatement;

/** The alignment being built: which sentences are paired so far, and the finishing steps. */
final class Work {

    final SegmentedStatement left;
    final SegmentedStatement right;
    private final int[] leftPair;
    private final int[] rightPair;
    private final WordBag[] leftBags;
    private final WordBag[] rightBags;
    private final List<AlignedPair> pairs = new ArrayList<>();
    /** Pairs (by id) of one sentence each whose keys were found equal when they were paired. */
    private final BitSet sameKeys = new BitSet();

    Work(SegmentedStatement left, SegmentedStatement right) {
        this.left = left;
        this.right = right;
        leftPair = new int[left.size()];
        rightPair = new int[right.size()];
        Arrays.fill(leftPair, -1);
        Arrays.fill(rightPair, -1);
        leftBags = new WordBag[left.size()];
        rightBags = new WordBag[right.size()];
    }

    boolean sameKey(int leftIndex, int rightIndex) {
        return left.sentence(leftIndex).sameKey(right.sentence(rightIndex));
    }

    boolean leftFree(int index) {
        return leftPair[index] < 0;
    }

    boolean rightFree(int index) {
        return rightPair[index] < 0;
    }

    /**
     * The bag of words of a left sentence, made on first use. Gaps are aligned on several
     * threads at once, but no two gaps share a sentence, so no two threads fill one entry.
     */
    WordBag leftBag(int index) {
        if (leftBags[index] == null) {
            leftBags[index] = WordBag.of(left.sentence(index));
        }
        return leftBags[index];
    }

    WordBag rightBag(int index) {
        if (rightBags[index] == null) {
            rightBags[index] = WordBag.of(right.sentence(index));
        }
        return rightBags[index];
    }

    void pair(List<Integer> leftIndices, List<Integer> rightIndices, double similarity) {
        pair(new AlignedPair(leftIndices, rightIndices, Relation.EDITED, similarity, 0));
    }

    /** Records the pair of two sentences whose keys are equal, so that {@link #finish} need not compare them again. */
    void pairSame(int leftIndex, int rightIndex) {
        sameKeys.set(pairs.size());
        pair(List.of(leftIndex), List.of(rightIndex), 1.0);
    }

    /** Records {@code pair}, found in place and unsettled: {@link #finish} decides its relation. */
    void pair(AlignedPair pair) {
        int id = pairs.size();
        pairs.add(pair);
        for (int i : pair.left()) {
            leftPair[i] = id;
        }
        for (int j : pair.right()) {
            rightPair[j] = id;
        }
    }

    /**
     * Decides which pairs stayed in place (the heaviest run in order on both sides) and which
     * moved, groups moved pairs into moves, and lists the sentences left on one side.
     */
    Alignment finish(String degradedReason) {
        int[] order = inLeftOrder();
        List<AlignedPair> ordered = new ArrayList<>(order.length);
        double[] weights = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            ordered.add(pairs.get(order[k]));
            weights[k] = tokens(ordered.get(k));
        }
        boolean[] inPlace = WeightedIncreasingRun.inPlace(ordered, 0, right.size(), weights);
        List<AlignedPair> settled = new ArrayList<>(order.length);
        for (int k = 0; k < order.length; k++) {
            AlignedPair pair = ordered.get(k);
            boolean identical = sameKeys.get(order[k]) || pair.left().size() == 1 && pair.right().size() == 1
                    && sameKey(pair.firstLeft(), pair.firstRight());
            Relation relation = inPlace[k]
                    ? (identical ? Relation.IDENTICAL : Relation.EDITED)
                    : (identical ? Relation.MOVED : Relation.MOVED_EDITED);
            settled.add(pair.withRelation(relation, 0));
        }
        List<Move> moves = groupMoves(settled);
        return new Alignment(settled, unpaired(leftPair), unpaired(rightPair), moves, List.of(), degradedReason);
    }

    /**
     * The pairs' ids in the order of their first left sentences, read off the left sentences
     * in order: a sentence is in one pair at most, so no sort is needed (a comparator sort of
     * the 50,000 pairs of a long text was half of {@link #finish}).
     */
    private int[] inLeftOrder() {
        int[] order = new int[pairs.size()];
        int size = 0;
        for (int i = 0; i < leftPair.length; i++) {
            int id = leftPair[i];
            if (id >= 0 && pairs.get(id).firstLeft() == i) {
                order[size++] = id;
            }
        }
        if (size != order.length) {
            throw new IllegalStateException("a left sentence was paired twice");
        }
        return order;
    }

    private double tokens(AlignedPair pair) {
        double count = 0;
        for (int i : pair.left()) {
            count += left.sentence(i).tokens().size();
        }
        for (int j : pair.right()) {
            count += right.sentence(j).tokens().size();
        }
        return count * pair.similarity() + 1;
    }

    /** Consecutive moved pairs whose sentences follow each other on both sides form one move. */
    private static List<Move> groupMoves(List<AlignedPair> pairs) {
        List<Move> moves = new ArrayList<>();
        List<Integer> moveLeft = new ArrayList<>();
        List<Integer> moveRight = new ArrayList<>();
        int firstPair = -1;
        for (int i = 0; i <= pairs.size(); i++) {
            AlignedPair pair = i < pairs.size() ? pairs.get(i) : null;
            boolean continues = pair != null && pair.relation().isMove() && firstPair >= 0
                    && pair.firstLeft() == moveLeft.get(moveLeft.size() - 1) + 1
                    && pair.firstRight() == moveRight.get(moveRight.size() - 1) + 1;
            if (!continues && firstPair >= 0) {
                int id = moves.size() + 1;
                moves.add(new Move(id, moveLeft, moveRight));
                for (int k = firstPair; k < i; k++) {
                    pairs.set(k, pairs.get(k).withRelation(pairs.get(k).relation(), id));
                }
                moveLeft = new ArrayList<>();
                moveRight = new ArrayList<>();
                firstPair = -1;
            }
            if (pair != null && pair.relation().isMove()) {
                if (firstPair < 0) {
                    firstPair = i;
                }
                moveLeft.addAll(pair.left());
                moveRight.addAll(pair.right());
            }
        }
        return moves;
    }

    private static List<Integer> unpaired(int[] pairOf) {
        List<Integer> unpaired = new ArrayList<>();
        for (int i = 0; i < pairOf.length; i++) {
            if (pairOf[i] < 0) {
                unpaired.add(i);
            }
        }
        return unpaired;
    }
}

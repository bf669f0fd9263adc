package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;

/**
 * The groups of paired sentences of a counterpart alignment while it is built. A group is a
 * star: one sentence on one side with up to {@link #MAX_MEMBERS} sentences on the other, so
 * that a sentence never joins two groups into one and every sentence pair of a group involves
 * its hub.
 */
final class PairGroups {

    /** A sentence summing up several points (say, five areas of cooperation) may take this many. */
    static final int MAX_MEMBERS = 5;

    private final SentenceSpace space;
    private final SegmentedStatement leftText;
    private final SegmentedStatement rightText;
    private final int[] leftGroup;
    private final int[] rightGroup;
    private final List<List<Integer>> lefts = new ArrayList<>();
    private final List<List<Integer>> rights = new ArrayList<>();
    private final Set<Long> linkedParagraphs = new HashSet<>();

    PairGroups(SentenceSpace space, SegmentedStatement left, SegmentedStatement right) {
        this.space = space;
        this.leftText = left;
        this.rightText = right;
        leftGroup = new int[left.size()];
        rightGroup = new int[right.size()];
        Arrays.fill(leftGroup, -1);
        Arrays.fill(rightGroup, -1);
    }

    boolean leftFree(int i) {
        return leftGroup[i] < 0;
    }

    boolean rightFree(int j) {
        return rightGroup[j] < 0;
    }

    /** Pairs two sentences if both are still free. */
    void pairIfFree(int i, int j) {
        if (leftGroup[i] < 0 && rightGroup[j] < 0) {
            leftGroup[i] = lefts.size();
            rightGroup[j] = lefts.size();
            lefts.add(new ArrayList<>(List.of(i)));
            rights.add(new ArrayList<>(List.of(j)));
        }
    }

    /**
     * Adds the free one of the two sentences to the other's group, if the other is its hub (alone on its side), there is room, and {@code
     * minGain} is reached: how much the new member raises the cosine between the hub and its
     * members read as one text (pass a negative gain to skip the test).
     */
    boolean join(int i, int j, double minGain) {
        if (leftGroup[i] >= 0 && rightGroup[j] < 0) {
            int g = leftGroup[i];
            if (joinable(g, lefts, rights) && (minGain < 0
                    || gain(space.left, i, space.right, rights.get(g), j) >= minGain)) {
                rights.get(g).add(j);
                rightGroup[j] = g;
                return true;
            }
        } else if (rightGroup[j] >= 0 && leftGroup[i] < 0) {
            int g = rightGroup[j];
            if (joinable(g, rights, lefts) && (minGain < 0
                    || gain(space.right, j, space.left, lefts.get(g), i) >= minGain)) {
                lefts.get(g).add(i);
                leftGroup[i] = g;
                return true;
            }
        }
        return false;
    }

    private static boolean joinable(int g, List<List<Integer>> hubSide, List<List<Integer>> memberSide) {
        return hubSide.get(g).size() == 1
                && memberSide.get(g).size() < MAX_MEMBERS;
    }

    /** How much adding {@code extra} to {@code members} raises their cosine with the hub sentence. */
    private static double gain(SentenceSpace.Side hubSide, int hub, SentenceSpace.Side memberSide,
                               List<Integer> members, int extra) {
        List<Integer> grown = new ArrayList<>(members);
        grown.add(extra);
        return Vectors.cosine(hubSide, List.of(hub), memberSide, grown)
                - Vectors.cosine(hubSide, List.of(hub), memberSide, members);
    }

    /** Remembers which paragraphs of the two sides hold sentences paired so far. */
    void linkParagraphs() {
        for (int g = 0; g < lefts.size(); g++) {
            for (int i : lefts.get(g)) {
                for (int j : rights.get(g)) {
                    linkedParagraphs.add(paragraphPair(i, j));
                }
            }
        }
    }

    boolean paragraphsLinked(int i, int j) {
        return linkedParagraphs.contains(paragraphPair(i, j));
    }

    private long paragraphPair(int i, int j) {
        return ((long) leftText.sentence(i).paragraph() << 32) | rightText.sentence(j).paragraph();
    }

    /**
     * The alignment: the groups as pairs, and the links of the sentences left free (a linked
     * sentence is not one-sided).
     */
    Alignment alignment(List<TopicLink> links, String degradedReason) {
        List<AlignedPair> pairs = new ArrayList<>(lefts.size());
        for (int g = 0; g < lefts.size(); g++) {
            List<Integer> l = lefts.get(g).stream().sorted().toList();
            List<Integer> r = rights.get(g).stream().sorted().toList();
            double similarity = Math.min(1.0, Vectors.cosine(space.left, l, space.right, r));
            pairs.add(new AlignedPair(l, r, Relation.COUNTERPART, similarity, 0));
        }
        pairs.sort(Comparator.comparingInt(AlignedPair::firstLeft));
        Set<Integer> linkedLeft = new HashSet<>();
        Set<Integer> linkedRight = new HashSet<>();
        for (TopicLink link : links) {
            linkedLeft.add(link.left());
            linkedRight.add(link.right());
        }
        List<TopicLink> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingInt(TopicLink::left).thenComparingInt(TopicLink::right));
        return new Alignment(pairs, unpaired(leftGroup, linkedLeft), unpaired(rightGroup, linkedRight), List.of(),
                sorted, degradedReason);
    }

    private static List<Integer> unpaired(int[] groupOf, Set<Integer> linked) {
        List<Integer> unpaired = new ArrayList<>();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] < 0 && !linked.contains(i)) {
                unpaired.add(i);
            }
        }
        return unpaired;
    }
}

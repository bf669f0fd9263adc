package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.readoutdiff.text.SegmentedStatement;

/**
 * Aligns two accounts of a meeting (or of two meetings), where the same point may come in any
 * order and other words.
 *
 * <ol>
 *   <li>Each sentence becomes a TF-IDF vector of content terms ({@link ContentTerms}) and a set
 *       of three-word shingles ({@link SentenceSpace}).</li>
 *   <li>Candidates: for each sentence, the few sentences of the other side sharing the most
 *       weighted terms, found through an inverted index ({@link CandidateSearch}), both ways.</li>
 *   <li>Score of a candidate pair: the cosine of the two vectors plus a bonus for shared
 *       wording (the share of shingles in common), so a stock formulation counts for more
 *       than the same words scattered.</li>
 *   <li>Pairs: best first, a sentence pairs with one sentence of the other side when the score
 *       reaches {@link #PAIR_SCORE}; below that it stays one-sided.</li>
 *   <li>Groups: a sentence covering several points may then take up to {@link #MAX_GROUP_SIDE}
 *       sentences of the other side, each still unpaired, each scoring at least
 *       {@link #JOIN_SCORE} with it, and each raising the cosine between the sentence and its
 *       group by {@link #JOIN_GAIN}. Groups are stars (one sentence on one side), so a sentence
 *       never joins two groups together and groups stay small.</li>
 * </ol>
 */
public final class CounterpartsAligner {

    static final double PAIR_SCORE = 0.30;
    static final double JOIN_SCORE = 0.20;
    static final double JOIN_GAIN = 0.03;
    static final int MAX_GROUP_SIDE = 3;
    static final double PHRASE_WEIGHT = 0.3;
    /** Shared shingles are counted against at least this many, so a three-word sentence cannot score full. */
    static final int MIN_SHINGLE_BASE = 4;

    public Alignment align(SegmentedStatement left, SegmentedStatement right, CounterpartsBudget budget) {
        ContentTerms terms = new ContentTerms();
        SentenceSpace space = SentenceSpace.of(left, right, terms);
        PairList candidates = new PairList();
        boolean complete = CandidateSearch.over(space.right, terms.termCount())
                .search(space.left, true, budget.candidatesPerSentence(), budget.maxPostings(), budget.deadline(),
                        candidates)
                && CandidateSearch.over(space.left, terms.termCount())
                .search(space.right, false, budget.candidatesPerSentence(), budget.maxPostings(), budget.deadline(),
                        candidates);
        List<Edge> edges = new ArrayList<>();
        for (long pair : candidates.distinct()) {
            int i = PairList.left(pair);
            int j = PairList.right(pair);
            double score = score(space, i, j);
            if (score >= JOIN_SCORE) {
                edges.add(new Edge(i, j, score));
            }
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed()
                .thenComparingInt(Edge::left).thenComparingInt(Edge::right));
        Groups groups = new Groups(space, left.size(), right.size());
        for (Edge edge : edges) {
            if (edge.score() >= PAIR_SCORE) {
                groups.pairIfFree(edge.left(), edge.right());
            }
        }
        if (budget.groups()) {
            for (Edge edge : edges) {
                groups.joinIfGain(edge.left(), edge.right());
            }
        }
        String degraded = complete ? null : "the time budget ran out while looking for counterpart sentences";
        return groups.alignment(degraded);
    }

    static double score(SentenceSpace space, int i, int j) {
        double cosine = SentenceSpace.dot(space.left.terms[i], space.left.weights[i],
                space.right.terms[j], space.right.weights[j]);
        long[] a = space.left.shingles[i];
        long[] b = space.right.shingles[j];
        double phrase = 0;
        if (a.length > 0 && b.length > 0) {
            int base = Math.max(MIN_SHINGLE_BASE, Math.min(a.length, b.length));
            phrase = (double) SentenceSpace.common(a, b) / base;
        }
        return cosine + PHRASE_WEIGHT * phrase;
    }

    private record Edge(int left, int right, double score) {
    }

    /** Groups of paired sentences being built, and the finished alignment. */
    private static final class Groups {

        private final SentenceSpace space;
        private final int[] leftGroup;
        private final int[] rightGroup;
        private final List<List<Integer>> lefts = new ArrayList<>();
        private final List<List<Integer>> rights = new ArrayList<>();

        Groups(SentenceSpace space, int leftSize, int rightSize) {
            this.space = space;
            leftGroup = new int[leftSize];
            rightGroup = new int[rightSize];
            Arrays.fill(leftGroup, -1);
            Arrays.fill(rightGroup, -1);
        }

        void pairIfFree(int i, int j) {
            if (leftGroup[i] < 0 && rightGroup[j] < 0) {
                leftGroup[i] = lefts.size();
                rightGroup[j] = lefts.size();
                lefts.add(new ArrayList<>(List.of(i)));
                rights.add(new ArrayList<>(List.of(j)));
            }
        }

        void joinIfGain(int i, int j) {
            if (leftGroup[i] >= 0 && rightGroup[j] < 0) {
                int g = leftGroup[i];
                if (lefts.get(g).size() == 1 && rights.get(g).size() < MAX_GROUP_SIDE
                        && gain(space.left, i, space.right, rights.get(g), j) >= JOIN_GAIN) {
                    rights.get(g).add(j);
                    rightGroup[j] = g;
                }
            } else if (rightGroup[j] >= 0 && leftGroup[i] < 0) {
                int g = rightGroup[j];
                if (rights.get(g).size() == 1 && lefts.get(g).size() < MAX_GROUP_SIDE
                        && gain(space.right, j, space.left, lefts.get(g), i) >= JOIN_GAIN) {
                    lefts.get(g).add(i);
                    leftGroup[i] = g;
                }
            }
        }

        /** How much adding {@code extra} to {@code members} raises their cosine with the hub sentence. */
        private static double gain(SentenceSpace.Side hubSide, int hub, SentenceSpace.Side memberSide,
                                   List<Integer> members, int extra) {
            List<Integer> grown = new ArrayList<>(members);
            grown.add(extra);
            return Vectors.cosine(hubSide, List.of(hub), memberSide, grown)
                    - Vectors.cosine(hubSide, List.of(hub), memberSide, members);
        }

        Alignment alignment(String degradedReason) {
            List<AlignedPair> pairs = new ArrayList<>(lefts.size());
            for (int g = 0; g < lefts.size(); g++) {
                List<Integer> l = lefts.get(g).stream().sorted().toList();
                List<Integer> r = rights.get(g).stream().sorted().toList();
                double similarity = Math.min(1.0, Vectors.cosine(space.left, l, space.right, r));
                pairs.add(new AlignedPair(l, r, Relation.COUNTERPART, similarity, 0));
            }
            pairs.sort(Comparator.comparingInt(AlignedPair::firstLeft));
            return new Alignment(pairs, unpaired(leftGroup), unpaired(rightGroup), List.of(), degradedReason);
        }

        private static List<Integer> unpaired(int[] groupOf) {
            List<Integer> unpaired = new ArrayList<>();
            for (int i = 0; i < groupOf.length; i++) {
                if (groupOf[i] < 0) {
                    unpaired.add(i);
                }
            }
            return unpaired;
        }
    }
}

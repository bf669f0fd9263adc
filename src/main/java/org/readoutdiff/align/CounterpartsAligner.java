package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;

/**
 * Aligns two accounts of a meeting (or of two meetings), where the same point may come in any
 * order and other words.
 *
 * <ol>
 *   <li>Each sentence becomes a TF-IDF vector of content terms ({@link ContentTerms}) and a set
 *       of three-word shingles ({@link SentenceSpace}).</li>
 *   <li>Sentences with the same words on both sides pair at once.</li>
 *   <li>Candidates: for each other sentence, the few sentences of the other side sharing the most
 *       weighted terms, found through an inverted index ({@link CandidateSearch}), both ways.</li>
 *   <li>Score of a candidate pair: the cosine of the two vectors plus a bonus for shared
 *       wording (the share of shingles in common), so a stock formulation counts for more than
 *       the same words scattered.</li>
 *   <li>{@link Relation#COUNTERPART} pairs, best first: a free sentence pairs with a free
 *       sentence when the score reaches {@link #PAIR_SCORE}. Then a sentence covering several
 *       points takes further free sentences that score at least {@link #JOIN_SCORE} with it, have
 *       it as their best match, and raise the cosine between it and its group by
 *       {@link #JOIN_GAIN}.</li>
 *   <li>Context: a sentence still free pairs with (or joins the group of) a sentence it shares
 *       some wording with ({@link #CONTEXT_SCORE}) when their paragraphs already hold a pair:
 *       readouts take one issue per paragraph, so a weak likeness next to a strong one is
 *       usually the same point rephrased.</li>
 *   <li>{@link Relation#SAME_TOPIC} pairs, for sentences still free: both address the same issue
 *       (a label, such as a topic from the lexicon, on both sentences; the score counts wording
 *       plus {@link #TOPIC_WEIGHT} times the agreement of their labels, and must reach
 *       {@link #TOPIC_SCORE}). Such a sentence is not an omission, but neither is it the same
 *       point; these groups never mix with counterpart groups.</li>
 *   <li>What is left is one-sided.</li>
 * </ol>
 * Groups are stars ({@link PairGroups}), so groups stay small and never chain.
 */
public final class CounterpartsAligner {

    static final double PAIR_SCORE = 0.30;
    static final double JOIN_SCORE = 0.20;
    static final double JOIN_GAIN = 0.03;
    static final double TOPIC_WEIGHT = 0.5;
    static final double TOPIC_SCORE = 0.5;
    static final double CONTEXT_SCORE = 0.15;
    static final double EDGE_SCORE = Math.min(JOIN_SCORE, CONTEXT_SCORE);
    static final double PHRASE_WEIGHT = 0.3;
    /** Shared shingles are counted against at least this many, so a three-word sentence cannot score full. */
    static final int MIN_SHINGLE_BASE = 4;
    /** A label found on more sentences of one side than this is too broad to pair sentences by. */
    static final int LABEL_POSTINGS = 200;

    public Alignment align(SegmentedStatement left, SegmentedStatement right, CounterpartsBudget budget) {
        return align(left, right, budget, SentenceLabels.none());
    }

    public Alignment align(SegmentedStatement left, SegmentedStatement right, CounterpartsBudget budget,
                           SentenceLabels labels) {
        ContentTerms terms = new ContentTerms();
        SentenceSpace space = SentenceSpace.of(left, right, terms);
        PairGroups groups = new PairGroups(space, left, right);
        pairIdentical(left, right, groups);
        PairList candidates = new PairList();
        boolean complete = CandidateSearch.over(space.right, terms.termCount(), groups::rightFree)
                .search(space.left, groups::leftFree, true, budget.candidatesPerSentence(), budget.maxPostings(),
                        budget.deadline(), candidates)
                && CandidateSearch.over(space.left, terms.termCount(), groups::leftFree)
                .search(space.right, groups::rightFree, false, budget.candidatesPerSentence(), budget.maxPostings(),
                        budget.deadline(), candidates);
        List<Edge> edges = new ArrayList<>();
        for (long pair : candidates.distinct()) {
            int i = PairList.left(pair);
            int j = PairList.right(pair);
            double score = score(space, i, j);
            if (score >= EDGE_SCORE) {
                edges.add(new Edge(i, j, score));
            }
        }
        sort(edges);
        double[] bestLeft = new double[left.size()];
        double[] bestRight = new double[right.size()];
        for (Edge edge : edges) {
            bestLeft[edge.left()] = Math.max(bestLeft[edge.left()], edge.score());
            bestRight[edge.right()] = Math.max(bestRight[edge.right()], edge.score());
        }
        for (Edge edge : edges) {
            if (edge.score() >= PAIR_SCORE) {
                groups.pairIfFree(edge.left(), edge.right(), Relation.COUNTERPART);
            }
        }
        if (budget.groups()) {
            for (Edge edge : edges) {
                if (edge.score() >= JOIN_SCORE
                        && isBest(edge, bestLeft, bestRight, groups)) {
                    groups.join(edge.left(), edge.right(), Relation.COUNTERPART, JOIN_GAIN);
                }
            }
            groups.linkParagraphs();
            List<Edge> context = new ArrayList<>();
            for (Edge edge : edges) {
                if (edge.score() >= CONTEXT_SCORE && groups.paragraphsLinked(edge.left(), edge.right())
                        && (groups.leftFree(edge.left()) || groups.rightFree(edge.right()))) {
                    context.add(edge);
                }
            }
            for (Edge edge : context) {
                groups.pairIfFree(edge.left(), edge.right(), Relation.COUNTERPART);
                groups.join(edge.left(), edge.right(), Relation.COUNTERPART, -1);
            }
            List<Edge> sameTopic = topicEdges(space, labels, groups);
            sort(sameTopic);
            for (Edge edge : sameTopic) {
                groups.pairIfFree(edge.left(), edge.right(), Relation.SAME_TOPIC);
            }
            for (Edge edge : sameTopic) {
                groups.join(edge.left(), edge.right(), Relation.SAME_TOPIC, -1);
            }
        }
        String degraded = complete ? null : "the time budget ran out while looking for counterpart sentences";
        return groups.alignment(degraded);
    }

    /** Sentences with the same words on both sides pair first, in reading order, without a search. */
    private static void pairIdentical(SegmentedStatement left, SegmentedStatement right, PairGroups groups) {
        Map<String, java.util.ArrayDeque<Integer>> rightByKey = new HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            if (right.sentence(j).wordCount() > 0) {
                rightByKey.computeIfAbsent(right.sentence(j).key(), k -> new java.util.ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < left.size(); i++) {
            java.util.ArrayDeque<Integer> same = rightByKey.get(left.sentence(i).key());
            if (same != null && !same.isEmpty()) {
                groups.pairIfFree(i, same.poll(), Relation.COUNTERPART);
            }
        }
    }

    /** Pairs of sentences, one of them still free, that share a label and score {@link #TOPIC_SCORE}. */
    private static List<Edge> topicEdges(SentenceSpace space, SentenceLabels labels, PairGroups groups) {
        Map<String, List<Integer>> rightByLabel = new HashMap<>();
        for (int j = 0; j < space.right.size(); j++) {
            for (String label : labels.right(j)) {
                rightByLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(j);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < space.left.size(); i++) {
            List<String> own = labels.left(i);
            Set<Integer> seen = new HashSet<>();
            for (String label : own) {
                List<Integer> postings = rightByLabel.getOrDefault(label, List.of());
                if (postings.size() > LABEL_POSTINGS) {
                    continue;
                }
                for (int j : postings) {
                    if (seen.add(j) && (groups.leftFree(i) || groups.rightFree(j))) {
                        double score = score(space, i, j) + TOPIC_WEIGHT * agreement(own, labels.right(j));
                        if (score >= TOPIC_SCORE) {
                            edges.add(new Edge(i, j, score));
                        }
                    }
                }
            }
        }
        return edges;
    }

    /** The share of the labels of the sentence with fewer labels that the other has too. */
    static double agreement(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String label : a) {
            if (b.contains(label)) {
                shared++;
            }
        }
        return (double) shared / Math.min(a.size(), b.size());
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

    /** Whether the edge is the best one of its free sentence: a sentence joins only the group of its best match. */
    private static boolean isBest(Edge edge, double[] bestLeft, double[] bestRight, PairGroups groups) {
        return groups.leftFree(edge.left()) ? edge.score() >= bestLeft[edge.left()]
                : edge.score() >= bestRight[edge.right()];
    }

    private static void sort(List<Edge> edges) {
        edges.sort(Comparator.comparingDouble(Edge::score).reversed()
                .thenComparingInt(Edge::left).thenComparingInt(Edge::right));
    }

    private record Edge(int left, int right, double score) {
    }
}

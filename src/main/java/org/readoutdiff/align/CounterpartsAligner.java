package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.SentenceKey;

/**
 * Aligns two accounts of a meeting (or of two meetings), where the same point may come in any
 * order and other words.
 *
 * <ol>
 *   <li>Each sentence becomes a TF-IDF vector of content terms ({@link ContentTerms}) and a set
 *       of three-word shingles ({@link SentenceSpace}).</li>
 *   <li>Sentences with the same words on both sides pair at once, then the pairs known
 *       beforehand (two readouts' titles and datelines).</li>
 *   <li>Candidates: for each other sentence, the few sentences of the other side sharing the most
 *       weighted terms, found through an inverted index ({@link CandidateSearch}), both ways.</li>
 *   <li>Score of a candidate pair: the cosine of the two vectors plus a bonus for shared
 *       wording (the share of shingles in common), so a stock formulation counts for more than
 *       the same words scattered.</li>
 *   <li>{@link Relation#COUNTERPART} pairs, best first: a free sentence pairs with a free
 *       sentence when the score reaches {@link SimilarityOptions#pairScore}. Then a sentence covering several
 *       points takes further free sentences that score at least {@link SimilarityOptions#joinScore} with it, have
 *       it as their best match, and raise the cosine between it and its group by
 *       {@link #JOIN_GAIN}.</li>
 *   <li>Context: a sentence still free pairs with (or joins the group of) a sentence it shares
 *       some wording with ({@link SimilarityOptions#contextScore}) when their paragraphs already hold a pair:
 *       readouts take one issue per paragraph, so a weak likeness next to a strong one is
 *       usually the same point rephrased.</li>
 *   <li>Links, for sentences still free: a free sentence is linked ({@link TopicLink}) to the
 *       sentence of the other side that best addresses the same issue — sharing a label, such as
 *       a topic from the lexicon, or some wording; the score counts wording plus
 *       {@link #TOPIC_WEIGHT} for a shared label (the pair score without one). The other end may be paired already. A linked sentence is not an
 *       omission, but neither is it the same point, so it is not paired.</li>
 *   <li>What is left is one-sided.</li>
 * </ol>
 * Groups are stars ({@link PairGroups}), so groups stay small and never chain.
 */
public final class CounterpartsAligner {

    static final double JOIN_GAIN = 0.03;
    static final double TOPIC_WEIGHT = 0.5;
    /** How many nearest sentences by meaning each sentence takes as candidates, beside those sharing terms. */
    static final int SEMANTIC_CANDIDATES = 4;
    /** A label found on more sentences of one side than this is too broad to pair sentences by. */
    static final int LABEL_POSTINGS = 200;
    /** What embedding a sentence is assumed to cost, to tell whether the model fits in the time left. */
    static final long EMBED_NANOS_PER_SENTENCE = 15_000_000L;

    private final SimilarityOptions options;
    private final SentenceEmbedder embedder;

    /** Lexical only, with the thresholds the lexical score was built with. */
    public CounterpartsAligner() {
        this(SimilarityOptions.LEXICAL, SentenceEmbedder.none());
    }

    public CounterpartsAligner(SimilarityOptions options, SentenceEmbedder embedder) {
        this.options = options;
        this.embedder = embedder;
    }

    public Alignment align(SegmentedStatement left, SegmentedStatement right, CounterpartsBudget budget) {
        return align(left, right, budget, SentenceLabels.none(), List.of());
    }

    /**
     * @param known pairs known before alignment (two readouts' titles, their datelines): they
     *              pair unless a sentence of theirs has an identical one on the other side
     */
    public Alignment align(SegmentedStatement left, SegmentedStatement right, CounterpartsBudget budget,
                           SentenceLabels labels, List<SentencePair> known) {
        ContentTerms terms = new ContentTerms();
        SentenceSpace space = SentenceSpace.of(left, right, terms);
        PairGroups groups = new PairGroups(space, left, right);
        pairIdentical(left, right, groups);
        for (SentencePair pair : known) {
            groups.pairIfFree(pair.left(), pair.right());
        }
        List<String> notes = new ArrayList<>();
        SentenceSimilarity similarity = similarity(space, left, right, groups, budget, notes);
        SimilarityOptions thresholds = similarity.isSemantic() ? options : SimilarityOptions.LEXICAL;
        PairList candidates = new PairList();
        boolean complete = CandidateSearch.over(space.right, terms.termCount(), groups::rightFree)
                .search(space.left, groups::leftFree, true, budget.candidatesPerSentence(), budget.maxPostings(),
                        budget.deadline(), candidates)
                && CandidateSearch.over(space.left, terms.termCount(), groups::leftFree)
                .search(space.right, groups::rightFree, false, budget.candidatesPerSentence(), budget.maxPostings(),
                        budget.deadline(), candidates);
        similarity.addNearest(SEMANTIC_CANDIDATES, groups::leftFree, groups::rightFree, candidates);
        double edgeScore = Math.min(Math.min(thresholds.joinScore(), thresholds.contextScore()),
                Math.min(thresholds.mutualScore(), thresholds.linkScore()));
        List<Edge> edges = new ArrayList<>();
        for (long pair : candidates.distinct()) {
            int i = PairList.left(pair);
            int j = PairList.right(pair);
            double score = similarity.score(i, j);
            if (score >= edgeScore) {
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
            boolean mutualBest = edge.score() >= bestLeft[edge.left()] && edge.score() >= bestRight[edge.right()];
            if (edge.score() >= thresholds.pairScore() || mutualBest && edge.score() >= thresholds.mutualScore()) {
                groups.pairIfFree(edge.left(), edge.right());
            }
        }
        if (budget.groups()) {
            for (Edge edge : edges) {
                if (edge.score() >= thresholds.joinScore()
                        && isBest(edge, bestLeft, bestRight, groups)) {
                    // a paraphrase need not raise the shared wording: with the model, its being the
                    // sentence's best match is the evidence
                    groups.join(edge.left(), edge.right(), similarity.isSemantic() ? -1 : JOIN_GAIN);
                }
            }
            groups.linkParagraphs();
            List<Edge> context = new ArrayList<>();
            for (Edge edge : edges) {
                if (edge.score() >= thresholds.contextScore() && groups.paragraphsLinked(edge.left(), edge.right())
                        && (groups.leftFree(edge.left()) || groups.rightFree(edge.right()))) {
                    context.add(edge);
                }
            }
            for (Edge edge : context) {
                groups.pairIfFree(edge.left(), edge.right());
                groups.join(edge.left(), edge.right(), -1);
            }
        }
        List<TopicLink> links = budget.groups()
                ? links(similarity, thresholds, labels, groups, edges, left, right) : List.of();
        if (!complete) {
            notes.add("the time budget ran out while looking for counterpart sentences; the sentences not yet aligned"
                    + " are shown as one-sided");
        }
        return groups.alignment(links, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /**
     * The measure for this pair of statements: with the model when it reads both languages, the
     * sentences still free are few enough and the time left is enough; else lexical, and a note says why.
     */
    private SentenceSimilarity similarity(SentenceSpace space, SegmentedStatement left, SegmentedStatement right,
                                          PairGroups groups, CounterpartsBudget budget, List<String> notes) {
        if (options.semanticWeight() <= 0 || !embedder.reads(left.language()) || !embedder.reads(right.language())) {
            return SentenceSimilarity.lexical(space);
        }
        int sentences = left.size() + right.size();
        if (sentences > options.maxSemanticSentences() || budget.coarseReason() != null) {
            notes.add("the texts have " + sentences + " sentences, more than the " + options.maxSemanticSentences()
                    + " whose meaning is compared by the sentence-embedding model: counterparts were found by shared"
                    + " words only, so reworded points may show as one-sided");
            return SentenceSimilarity.lexical(space);
        }
        if (budget.deadline().remainingNanos() < sentences * EMBED_NANOS_PER_SENTENCE) {
            notes.add("too little of the time budget was left to compare the sentences' meaning: counterparts were"
                    + " found by shared words only, so reworded points may show as one-sided");
            return SentenceSimilarity.lexical(space);
        }
        return SentenceSimilarity.semantic(space, embedder, texts(left), texts(right), options.semanticWeight());
    }

    private static List<String> texts(SegmentedStatement statement) {
        List<String> texts = new ArrayList<>(statement.size());
        for (int i = 0; i < statement.size(); i++) {
            texts.add(statement.sentence(i).text(statement.statement().text()));
        }
        return texts;
    }

    /** Sentences with the same words on both sides pair first, in reading order, without a search. */
    private static void pairIdentical(SegmentedStatement left, SegmentedStatement right, PairGroups groups) {
        Map<SentenceKey, java.util.ArrayDeque<Integer>> rightByKey = new HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            if (right.sentence(j).wordCount() > 0) {
                rightByKey.computeIfAbsent(SentenceKey.of(right.sentence(j)), k -> new java.util.ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < left.size(); i++) {
            java.util.ArrayDeque<Integer> same = rightByKey.get(SentenceKey.of(left.sentence(i)));
            if (same != null && !same.isEmpty()) {
                groups.pairIfFree(i, same.poll());
            }
        }
    }

    /**
     * For every sentence still free, its strongest link to a sentence of the other side on the
     * same issue. Two sentences are on the same issue when they share a label (a sentence with
     * no label of its own takes those of its paragraph's first sentence) or when their wording
     * scores at least {@link #LINK_WORDING} (a pair's score, the partner being taken already); of those, the free sentence is
     * linked to the one whose wording score, plus {@link #TOPIC_WEIGHT} for a shared label, is
     * highest.
     */
    private static List<TopicLink> links(SentenceSimilarity similarity, SimilarityOptions thresholds,
                                         SentenceLabels labels, PairGroups groups, List<Edge> wordingEdges,
                                         SegmentedStatement left, SegmentedStatement right) {
        SentenceSpace space = similarity.space;
        List<List<String>> leftLabels = withParagraphLabels(left, labels::left);
        List<List<String>> rightLabels = withParagraphLabels(right, labels::right);
        Map<String, List<Integer>> rightByLabel = new HashMap<>();
        for (int j = 0; j < space.right.size(); j++) {
            for (String label : rightLabels.get(j)) {
                rightByLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(j);
            }
        }
        PairList candidates = new PairList();
        for (Edge edge : wordingEdges) {
            candidates.add(edge.left(), edge.right());
        }
        for (int i = 0; i < space.left.size(); i++) {
            for (String label : leftLabels.get(i)) {
                List<Integer> postings = rightByLabel.getOrDefault(label, List.of());
                if (postings.size() <= LABEL_POSTINGS) {
                    for (int j : postings) {
                        candidates.add(i, j);
                    }
                }
            }
        }
        Edge[] bestOfLeft = new Edge[space.left.size()];
        Edge[] bestOfRight = new Edge[space.right.size()];
        for (long candidate : candidates.distinct()) {
            int i = PairList.left(candidate);
            int j = PairList.right(candidate);
            if (!groups.leftFree(i) && !groups.rightFree(j)) {
                continue;
            }
            double wording = similarity.score(i, j);
            boolean sharedLabel = sharesAny(leftLabels.get(i), rightLabels.get(j));
            if (!sharedLabel && wording < thresholds.linkScore()) {
                continue;
            }
            Edge edge = new Edge(i, j, wording + (sharedLabel ? TOPIC_WEIGHT : 0));
            if (groups.leftFree(i) && stronger(edge, bestOfLeft[i])) {
                bestOfLeft[i] = edge;
            }
            if (groups.rightFree(j) && stronger(edge, bestOfRight[j])) {
                bestOfRight[j] = edge;
            }
        }
        Set<TopicLink> links = new LinkedHashSet<>();
        for (Edge[] best : List.of(bestOfLeft, bestOfRight)) {
            for (Edge edge : best) {
                if (edge != null) {
                    links.add(new TopicLink(edge.left(), edge.right(), Math.round(edge.score() * 10_000) / 10_000.0));
                }
            }
        }
        return new ArrayList<>(links);
    }

    /**
     * Each sentence's labels, or, for a sentence with none, those of the first sentence of its
     * paragraph: readouts open a paragraph with its issue ("On the Taiwan question, ...") and
     * go on without naming it again.
     */
    private static List<List<String>> withParagraphLabels(SegmentedStatement statement,
                                                          java.util.function.IntFunction<List<String>> own) {
        List<List<String>> result = new ArrayList<>(statement.size());
        for (int i = 0; i < statement.size(); i++) {
            List<String> labels = own.apply(i);
            if (labels.isEmpty()) {
                labels = own.apply(statement.paragraphs().get(statement.sentence(i).paragraph()).firstSentence());
            }
            result.add(labels);
        }
        return result;
    }

    private static boolean sharesAny(List<String> a, List<String> b) {
        for (String label : a) {
            if (b.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** Higher score first; ties go to the earlier sentences, so that the choice is deterministic. */
    private static boolean stronger(Edge edge, Edge current) {
        if (current == null || edge.score() != current.score()) {
            return current == null || edge.score() > current.score();
        }
        return edge.left() != current.left() ? edge.left() < current.left() : edge.right() < current.right();
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

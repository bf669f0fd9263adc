package org.readoutdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Alignment;
import org.readoutdiff.align.AlignmentBudget;
import org.readoutdiff.align.CounterpartsAligner;
import org.readoutdiff.align.CounterpartsBudget;
import org.readoutdiff.align.MiniLmEmbedder;
import org.readoutdiff.align.SentenceEmbedder;
import org.readoutdiff.align.SentenceLabels;
import org.readoutdiff.align.VersionsAligner;
import org.readoutdiff.analysis.AttributionRules;
import org.readoutdiff.analysis.Attributor;
import org.readoutdiff.analysis.Boilerplate;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.SharedPhraseFinder;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.analysis.TopicTagger;
import org.readoutdiff.analysis.VerbContrast;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.diff.PhraseDiff;
import org.readoutdiff.diff.PhraseDiffer;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.Token;

/**
 * Compares two statements: segment, choose the mode, align, diff each pair, analyse. Pure:
 * the same statements and options give the same comparison.
 */
public final class ComparisonEngine {

    /** Recorded with stored comparisons; raise it whenever results change for the same input. */
    public static final String VERSION = "0.1.0";

    /** Texts above this many characters are segmented on two threads. */
    private static final int PARALLEL_ABOVE = 200_000;

    private final ComparisonOptions options;
    private final SentenceEmbedder embedder;

    /** With the shipped sentence-embedding model for the semantic half of counterpart similarity. */
    public ComparisonEngine(ComparisonOptions options) {
        this(options, MiniLmEmbedder.shared());
    }

    public ComparisonEngine(ComparisonOptions options, SentenceEmbedder embedder) {
        this.options = options;
        this.embedder = embedder;
    }

    public Comparison compare(Statement left, Statement right) {
        Deadline deadline = Deadline.after(options.timeBudget());
        Segmenter segmenter = segmenter(options);
        boolean large = left.text().length() + right.text().length() > PARALLEL_ABOVE;
        List<SegmentedStatement> texts = both(large, () -> segmenter.segment(left), () -> segmenter.segment(right));
        return compare(texts.get(0), texts.get(1), deadline);
    }

    /** The segmenter these options ask for. */
    static Segmenter segmenter(ComparisonOptions options) {
        return new Segmenter(new KeyNormalizer(options.ignoreCase()));
    }

    /** Two statements already segmented (with {@link #segmenter}): a series segments each statement once. */
    Comparison compare(SegmentedStatement leftText, SegmentedStatement rightText, Deadline deadline) {
        boolean large = leftText.statement().text().length() + rightText.statement().text().length() > PARALLEL_ABOVE;
        ModeChooser.Decision decision = options.mode() == Mode.AUTO
                ? ModeChooser.choose(leftText, rightText)
                : new ModeChooser.Decision(options.mode(), options.mode().label() + ": as requested");
        List<String> limits = new ArrayList<>();
        Alignment alignment;
        SentenceLabels topics = null;
        CompletableFuture<SharedPhraseFinder.Result> shared = null;
        if (decision.mode() == Mode.COUNTERPARTS) {
            CounterpartsBudget budget = counterpartsBudget(leftText.statement(), rightText.statement(), deadline);
            if (budget.coarseReason() != null) {
                limits.add(budget.coarseReason());
            }
            // shared formulations need only the texts: found on the other core while the rest runs
            boolean detailed = budget.coarseReason() == null;
            SharedPhraseFinder finder = new SharedPhraseFinder(detailed ? 10_000 : 2_000, detailed ? 16 : 8);
            shared = large ? CompletableFuture.supplyAsync(() -> finder.find(leftText, rightText))
                    : CompletableFuture.completedFuture(finder.find(leftText, rightText));
            List<List<List<String>>> tags = both(large, () -> new TopicTagger(options.topics()).tag(leftText),
                    () -> new TopicTagger(options.topics()).tag(rightText));
            topics = new SentenceLabels(tags.get(0), tags.get(1));
            alignment = new CounterpartsAligner(options.similarity(), embedder).align(leftText, rightText, budget,
                    issuesOnly(topics, options.topics().issueIds()));
        } else {
            alignment = new VersionsAligner()
                    .align(leftText, rightText, new AlignmentBudget(options.maxGapCells(), 200, deadline));
        }
        return assemble(decision, leftText, rightText, alignment, deadline, limits, topics, shared, large);
    }

    /** Both values, computed on two threads when the texts are large enough for it to pay. */
    private static <T> List<T> both(boolean parallel, Supplier<T> first, Supplier<T> second) {
        if (!parallel) {
            return List.of(first.get(), second.get());
        }
        CompletableFuture<T> other = CompletableFuture.supplyAsync(second);
        T mine = first.get();
        return List.of(mine, other.join());
    }

    /** The labels that make two sentences address the same issue: topics, not themes. */
    private static SentenceLabels issuesOnly(SentenceLabels topics, java.util.Set<String> issues) {
        return new SentenceLabels(
                topics.left().stream().map(labels -> labels.stream().filter(issues::contains).toList()).toList(),
                topics.right().stream().map(labels -> labels.stream().filter(issues::contains).toList()).toList());
    }

    /** The full budget, or above the configured size the coarse one, which says why in its reason. */
    private CounterpartsBudget counterpartsBudget(Statement left, Statement right, Deadline deadline) {
        long size = (long) left.text().length() + right.text().length();
        if (size > options.counterpartsDetailLimit()) {
            return CounterpartsBudget.coarse("the texts are longer than " + options.counterpartsDetailLimit()
                    + " characters together, so they were aligned coarsely: each sentence was compared with fewer"
                    + " candidates, very common words were not used to find candidates, and pairs are one to one",
                    deadline);
        }
        return CounterpartsBudget.full(deadline);
    }

    private Comparison assemble(ModeChooser.Decision decision, SegmentedStatement left, SegmentedStatement right,
                                Alignment alignment, Deadline deadline, List<String> limits, SentenceLabels topics,
                                CompletableFuture<SharedPhraseFinder.Result> shared, boolean large) {
        PhraseDiffer differ = new PhraseDiffer(options.maxPairTokens());
        // pairs are independent: diffed (and their boilerplate regexes run) on both cores for
        // large texts, in order either way
        List<PhraseDiff> diffs = (large ? alignment.pairs().parallelStream() : alignment.pairs().stream())
                .map(pair -> boilerplateMarked(left, right, pair, differ.diff(left.text(), tokens(left, pair.left()),
                        right.text(), tokens(right, pair.right()), deadline)))
                .toList();
        List<ComparedPair> pairs = new ArrayList<>(alignment.pairs().size());
        boolean coarse = false;
        for (int i = 0; i < diffs.size(); i++) {
            coarse |= diffs.get(i).coarse();
            pairs.add(new ComparedPair(alignment.pairs().get(i), diffs.get(i).changes()));
        }
        List<SharedPhrase> sharedPhrases = List.of();
        List<TopicCoverage> coverage = List.of();
        List<List<String>> leftTopics = null;
        List<List<String>> rightTopics = null;
        if (decision.mode() == Mode.COUNTERPARTS) {
            SharedPhraseFinder.Result found = shared.join();
            sharedPhrases = found.phrases();
            if (found.limitReason() != null) {
                limits.add(found.limitReason());
            }
            leftTopics = topics.left();
            rightTopics = topics.right();
            coverage = TopicTagger.coverage(options.topics(), leftTopics, rightTopics);
        }
        List<OneSided> leftOnly = oneSided(left, alignment.leftOnly(), leftTopics);
        List<OneSided> rightOnly = oneSided(right, alignment.rightOnly(), rightTopics);
        Summary summary = SummaryCounter.count(left, right, pairs, leftOnly, rightOnly, alignment.moves().size());
        List<VerbContrast> contrasts = List.of();
        if (decision.mode() == Mode.COUNTERPARTS) {
            Attributor attributor = Attributor.of(AttributionRules.defaults(), options.verbs());
            contrasts = VerbContrast.of(alignment.pairs(), attributor.attribute(left), attributor.attribute(right));
        }
        return new Comparison(decision.mode(), decision.reason(), left, right, pairs, leftOnly, rightOnly,
                alignment.moves(), alignment.links(), sharedPhrases, coverage, summary, limits(alignment, coarse, limits), options, VERSION,
                contrasts);
    }

    private static Limits limits(Alignment alignment, boolean coarse, List<String> earlier) {
        List<String> reasons = new ArrayList<>(earlier);
        if (alignment.degraded()) {
            reasons.add(alignment.degradedReason() + "; the sentences not yet aligned are shown as one-sided");
        }
        if (coarse) {
            reasons.add("some aligned pairs were too long or too slow to diff word by word and are shown as one change each");
        }
        return reasons.isEmpty() ? Limits.none() : new Limits(true, String.join("; ", reasons));
    }

    private static List<Token> tokens(SegmentedStatement statement, List<Integer> sentences) {
        if (sentences.size() == 1) {
            return statement.sentence(sentences.get(0)).tokens();
        }
        List<Token> tokens = new ArrayList<>();
        for (int index : sentences) {
            tokens.addAll(statement.sentence(index).tokens());
        }
        return tokens;
    }

    /** The diff, with its changes other than format marked as boilerplate when both sides are boilerplate. */
    private static PhraseDiff boilerplateMarked(SegmentedStatement left, SegmentedStatement right, AlignedPair pair,
                                                PhraseDiff diff) {
        if (diff.changes().isEmpty() || !isBoilerplate(left, pair.left()) || !isBoilerplate(right, pair.right())) {
            return diff;
        }
        return new PhraseDiff(diff.changes().stream()
                .map(c -> c.kind() == ChangeKind.FORMAT ? c : c.withKind(ChangeKind.BOILERPLATE))
                .toList(), diff.coarse());
    }

    private static boolean isBoilerplate(SegmentedStatement statement, List<Integer> sentences) {
        for (int index : sentences) {
            if (!Boilerplate.matches(statement.sentence(index).text(statement.text()))) {
                return false;
            }
        }
        return true;
    }

    /** @param topics topic ids by sentence index, or null when topics were not looked for */
    private static List<OneSided> oneSided(SegmentedStatement statement, List<Integer> sentences,
                                           List<List<String>> topics) {
        List<OneSided> result = new ArrayList<>(sentences.size());
        for (int index : sentences) {
            Sentence sentence = statement.sentence(index);
            result.add(new OneSided(index, Boilerplate.matches(sentence.text(statement.text())),
                    topics == null ? List.of() : topics.get(index)));
        }
        return result;
    }
}

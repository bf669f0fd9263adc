package org.readoutdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Alignment;
import org.readoutdiff.align.Relation;
import org.readoutdiff.align.CounterpartsAligner;
import org.readoutdiff.align.CounterpartsBudget;
import org.readoutdiff.align.SentenceEmbedder;
import org.readoutdiff.align.SentenceLabels;
import org.readoutdiff.analysis.Attribution;
import org.readoutdiff.analysis.AttributionRules;
import org.readoutdiff.analysis.Attributor;
import org.readoutdiff.analysis.DistinctivePhrases;
import org.readoutdiff.analysis.FormulationChange;
import org.readoutdiff.analysis.FormulationChanges;
import org.readoutdiff.analysis.Headings;
import org.readoutdiff.analysis.PositionVerbs;
import org.readoutdiff.analysis.ReportingFrames;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.SharedPhraseFinder;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.analysis.TopicTagger;
import org.readoutdiff.analysis.VerbContrast;
import org.readoutdiff.diff.Change;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.SegmentedStatement;

/**
 * Counterparts mode, start to end: two accounts of one meeting (or of two meetings) in any
 * order and other words. Topics are tagged, sentences aligned by {@link CounterpartsAligner}
 * (pairs are decided there, by one similarity measure), each pair diffed, and then what a China
 * watcher reads: shared formulations, topic coverage, verb contrasts and the formulation changes,
 * ranked.
 */
final class CounterpartsPipeline {

    private final ComparisonOptions options;
    private final SentenceEmbedder embedder;

    CounterpartsPipeline(ComparisonOptions options, SentenceEmbedder embedder) {
        this.options = options;
        this.embedder = embedder;
    }

    Comparison compare(ModeChooser.Decision decision, SegmentedStatement left, SegmentedStatement right,
                       Deadline deadline) {
        boolean large = ComparisonEngine.large(left, right);
        List<String> limits = new ArrayList<>();
        CounterpartsBudget budget = budget(left, right, deadline);
        if (budget.coarseReason() != null) {
            limits.add(budget.coarseReason());
        }
        // shared formulations need only the texts: found on the other core while the rest runs
        boolean detailed = budget.coarseReason() == null;
        SharedPhraseFinder finder = new SharedPhraseFinder(detailed ? 10_000 : 2_000, detailed ? 16 : 8);
        CompletableFuture<SharedPhraseFinder.Result> shared = large
                ? CompletableFuture.supplyAsync(() -> finder.find(left, right))
                : CompletableFuture.completedFuture(finder.find(left, right));
        List<List<List<String>>> tags = ComparisonEngine.both(large,
                () -> new TopicTagger(options.topics()).tag(left), () -> new TopicTagger(options.topics()).tag(right));
        SentenceLabels topics = new SentenceLabels(tags.get(0), tags.get(1));
        Alignment alignment = new CounterpartsAligner(options.similarity(), embedder)
                .align(left, right, budget, issuesOnly(topics, options.topics().issueIds()),
                        Headings.counterparts(left, right));
        DiffedPairs diffed = DiffedPairs.of(left, right, alignment, true, options, deadline);
        SharedPhraseFinder.Result found = shared.join();
        if (found.limitReason() != null) {
            limits.add(found.limitReason());
        }
        List<TopicCoverage> coverage = TopicTagger.coverage(options.topics(), topics.left(), topics.right());
        List<OneSided> leftOnly = ComparisonEngine.oneSided(left, alignment.leftOnly(), topics.left());
        List<OneSided> rightOnly = ComparisonEngine.oneSided(right, alignment.rightOnly(), topics.right());
        Summary summary = SummaryCounter.count(left, right, diffed.pairs(), leftOnly, rightOnly, 0);
        Attributor attributor = Attributor.of(AttributionRules.defaults(), options.verbs());
        List<Attribution> leftAttributions = attributor.attribute(left);
        List<Attribution> rightAttributions = attributor.attribute(right);
        List<VerbContrast> contrasts = VerbContrast.of(alignment.pairs(), leftAttributions, rightAttributions);
        ReportingFrames leftFrames = ReportingFrames.of(leftAttributions, options.verbs());
        ReportingFrames rightFrames = ReportingFrames.of(rightAttributions, options.verbs());
        List<FormulationChange> formulations = formulations(left, right, alignment, diffed, topics, deadline,
                leftFrames, rightFrames, DistinctivePhrases.of(found.phrases(), left, leftFrames, right, rightFrames));
        return new Comparison(decision.mode(), decision.reason(), left, right, diffed.pairs(), leftOnly, rightOnly,
                alignment.moves(), summary, ComparisonEngine.limits(alignment, diffed.coarse(), limits), options,
                ComparisonEngine.VERSION,
                new CounterpartsFindings(alignment.links(), found.phrases(), coverage, contrasts, formulations));
    }

    /**
     * The formulation changes: inside every pair, inside every topic link (two sentences on one
     * issue that make different points are where a formulation changes most), and the one-sided
     * sentences as items added or dropped.
     */
    private List<FormulationChange> formulations(SegmentedStatement left, SegmentedStatement right,
                                                 Alignment alignment, DiffedPairs diffed, SentenceLabels topics,
                                                 Deadline deadline, ReportingFrames leftFrames,
                                                 ReportingFrames rightFrames, List<SharedPhrase> shared) {
        List<AlignedPair> pairs = new ArrayList<>(alignment.pairs());
        List<List<Change>> changes = new ArrayList<>(diffed.pairs().stream().map(ComparedPair::changes).toList());
        Alignment linked = new Alignment(alignment.links().stream()
                .map(link -> new AlignedPair(List.of(link.left()), List.of(link.right()), Relation.COUNTERPART,
                        link.score(), 0))
                .toList(), List.of(), List.of(), List.of(), List.of(), null);
        for (ComparedPair pair : DiffedPairs.of(left, right, linked, true, options, deadline).pairs()) {
            pairs.add(pair.pair());
            changes.add(pair.changes());
        }
        return new FormulationChanges(PositionVerbs.defaults()).find(left, right, pairs, changes,
                alignment.leftOnly(), alignment.rightOnly(), topics.left(), topics.right(), leftFrames, rightFrames,
                shared);
    }

    /** The labels that make two sentences address the same issue: topics, not themes. */
    private static SentenceLabels issuesOnly(SentenceLabels topics, Set<String> issues) {
        return new SentenceLabels(
                topics.left().stream().map(labels -> labels.stream().filter(issues::contains).toList()).toList(),
                topics.right().stream().map(labels -> labels.stream().filter(issues::contains).toList()).toList());
    }

    /** The full budget, or above the configured size the coarse one, which says why in its reason. */
    private CounterpartsBudget budget(SegmentedStatement left, SegmentedStatement right, Deadline deadline) {
        long size = (long) left.statement().text().length() + right.statement().text().length();
        if (size > options.counterpartsDetailLimit()) {
            return CounterpartsBudget.coarse("the texts are longer than " + options.counterpartsDetailLimit()
                    + " characters together, so they were aligned coarsely: each sentence was compared with fewer"
                    + " candidates, very common words were not used to find candidates, and pairs are one to one",
                    deadline);
        }
        return CounterpartsBudget.full(deadline);
    }
}

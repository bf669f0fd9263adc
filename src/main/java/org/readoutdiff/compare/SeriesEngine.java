package org.readoutdiff.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.analysis.Attribution;
import org.readoutdiff.analysis.AttributionRules;
import org.readoutdiff.analysis.Attributor;
import org.readoutdiff.analysis.Datelines;
import org.readoutdiff.analysis.FormulationTracker;
import org.readoutdiff.diff.Change;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/**
 * Compares one base statement with several others: each statement is segmented once, the base
 * is compared with every other one by {@link ComparisonEngine} (auto, versions or counterparts
 * per pair, as the options say; the options' time budget is for the whole series), each
 * statement's sentences are attributed, and formulations
 * are followed across the series in date order, using the base comparisons and comparisons of
 * the other statements that follow each other in that order. The comparisons run on as many
 * threads as there are processors; the result is the same whatever the number. Pure: the same
 * statements and options give the same series comparison.
 */
public final class SeriesEngine {

    /** Beyond this many formulations the table stops being read; the count is said in the limits. */
    static final int MAX_FORMULATIONS = 400;

    private final ComparisonOptions options;

    public SeriesEngine(ComparisonOptions options) {
        this.options = options;
    }

    /** @throws IllegalArgumentException when there are fewer than two other statements (two make a comparison) */
    public SeriesComparison compare(Statement base, List<Statement> others) {
        if (others.size() < 2) {
            throw new IllegalArgumentException("a series compares the base with at least two other statements");
        }
        // one budget for the whole series, not one per comparison: eight others must not take eight budgets
        Deadline deadline = Deadline.after(options.timeBudget());
        List<Statement> statements = new ArrayList<>();
        statements.add(base);
        statements.addAll(others);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), others.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "readout-diff-series");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Segmenter segmenter = ComparisonEngine.segmenter(options);
            List<SegmentedStatement> segmented = all(pool, statements.stream()
                    .<Callable<SegmentedStatement>>map(s -> () -> segmenter.segment(s)).toList());
            ComparisonEngine engine = new ComparisonEngine(options);
            List<Comparison> comparisons = all(pool, segmented.subList(1, segmented.size()).stream()
                    .<Callable<Comparison>>map(other -> () -> engine.compare(segmented.get(0), other, deadline))
                    .toList());
            Attributor attributor = Attributor.of(AttributionRules.defaults(), options.verbs());
            List<List<Attribution>> attributions = all(pool, segmented.stream()
                    .<Callable<List<Attribution>>>map(s -> () -> attributor.attribute(s)).toList());
            Timeline timeline = timeline(segmented);
            List<int[]> between = new ArrayList<>();
            for (int r = 1; r < timeline.order().size(); r++) {
                int earlier = timeline.order().get(r - 1);
                int later = timeline.order().get(r);
                if (earlier != 0 && later != 0) {
                    between.add(new int[] {earlier, later});
                }
            }
            List<Comparison> extra = all(pool, between.stream().<Callable<Comparison>>map(p -> () -> engine.compare(
                    segmented.get(p[0]), segmented.get(p[1]), deadline)).toList());
            List<FormulationTracker.PairChanges> changes = new ArrayList<>();
            for (int k = 0; k < comparisons.size(); k++) {
                boolean baseFirst = timeline.rank(0) < timeline.rank(k + 1);
                addChanges(changes, comparisons.get(k), baseFirst ? 0 : k + 1, baseFirst ? k + 1 : 0, !baseFirst);
            }
            for (int e = 0; e < extra.size(); e++) {
                addChanges(changes, extra.get(e), between.get(e)[0], between.get(e)[1], false);
            }
            FormulationTracker.Result formulations = new FormulationTracker(MAX_FORMULATIONS)
                    .track(segmented, timeline.order(), timeline.latest(), changes);
            List<String> reasons = new ArrayList<>();
            for (Comparison comparison : comparisons) {
                if (comparison.limits().degraded()) {
                    reasons.add(comparison.right().statement().label() + ": " + comparison.limits().reason());
                }
            }
            for (Comparison comparison : extra) {
                if (comparison.limits().degraded()) {
                    reasons.add("formulations between " + comparison.left().statement().label() + " and "
                            + comparison.right().statement().label() + ": " + comparison.limits().reason());
                }
            }
            if (formulations.limitReason() != null) {
                reasons.add(formulations.limitReason());
            }
            return new SeriesComparison(segmented.get(0), comparisons, rows(segmented.get(0), comparisons), attributions,
                    timeline, formulations.formulations(),
                    reasons.isEmpty() ? Limits.none() : new Limits(true, String.join("; ", reasons)), options,
                    ComparisonEngine.VERSION);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }

    /** The pairs' changes, from the earlier statement to the later one ({@code swap}: the comparison's right is the earlier). */
    private static void addChanges(List<FormulationTracker.PairChanges> out, Comparison comparison, int earlier, int later,
                                   boolean swap) {
        for (ComparedPair pair : comparison.pairs()) {
            List<Change> changes = swap ? pair.changes().stream().map(Change::swapped)
                    .sorted(Comparator.comparingInt((Change c) -> c.left().start())).toList() : pair.changes();
            out.add(new FormulationTracker.PairChanges(earlier, later, pair.pair().similarity(), changes));
        }
    }

    /** By date when every statement has one; else as given with the base last. */
    static Timeline timeline(List<SegmentedStatement> statements) {
        List<String> dates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (SegmentedStatement statement : statements) {
            LocalDate date = Datelines.parse(statement.statement().metadata().date());
            String source = date != null ? "metadata" : null;
            if (date == null) {
                date = Datelines.of(statement.text());
                source = date != null ? "dateline" : null;
            }
            dates.add(date == null ? null : date.toString());
            sources.add(source);
            if (date == null) {
                undated.add(statement.statement().label());
            }
        }
        List<Integer> order = new ArrayList<>();
        if (undated.isEmpty()) {
            for (int i = 0; i < statements.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(dates::get)); // stable: the same date keeps the order given
            return new Timeline(order, dates, sources, true, "by date, earliest first (dates from the statements'"
                    + " details or datelines; the same date keeps the order given)");
        }
        for (int i = 1; i < statements.size(); i++) {
            order.add(i);
        }
        order.add(0);
        return new Timeline(order, dates, sources, false, "as given, the base last, because "
                + String.join(", ", undated) + (undated.size() == 1 ? " has" : " have")
                + " no date (none given and no dateline found)");
    }

    private static List<SeriesRow> rows(SegmentedStatement base, List<Comparison> comparisons) {
        List<Map<Integer, Integer>> pairByLeft = new ArrayList<>();
        List<Map<Integer, TreeSet<Integer>>> linksByLeft = new ArrayList<>();
        List<java.util.Set<Integer>> pairedRight = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            Map<Integer, Integer> pairs = new HashMap<>();
            java.util.Set<Integer> paired = new java.util.HashSet<>();
            for (int p = 0; p < comparison.pairs().size(); p++) {
                for (int left : comparison.pairs().get(p).pair().left()) {
                    pairs.putIfAbsent(left, p);
                }
                paired.addAll(comparison.pairs().get(p).pair().right());
            }
            Map<Integer, TreeSet<Integer>> links = new HashMap<>();
            for (TopicLink link : comparison.counterparts().links()) {
                links.computeIfAbsent(link.left(), k -> new TreeSet<>()).add(link.right());
            }
            pairByLeft.add(pairs);
            linksByLeft.add(links);
            pairedRight.add(paired);
        }
        List<SeriesRow> rows = new ArrayList<>(base.size());
        for (int b = 0; b < base.size(); b++) {
            List<SeriesCell> cells = new ArrayList<>(comparisons.size());
            for (int k = 0; k < comparisons.size(); k++) {
                Integer pair = pairByLeft.get(k).get(b);
                TreeSet<Integer> linked = linksByLeft.get(k).getOrDefault(b, new TreeSet<>());
                if (pair != null) {
                    java.util.Set<Integer> paired = pairedRight.get(k);
                    cells.add(new SeriesCell.Aligned(pair, comparisons.get(k).pairs().get(pair).pair().firstLeft() != b,
                            linked.stream().filter(r -> !paired.contains(r)).toList()));
                } else if (!linked.isEmpty()) {
                    cells.add(new SeriesCell.Related(List.copyOf(linked)));
                } else {
                    cells.add(new SeriesCell.NotMentioned());
                }
            }
            rows.add(new SeriesRow(b, cells));
        }
        return rows;
    }
}

package org.readoutdiff.report.batch;

import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.Verdict;
import org.readoutdiff.report.comparison.ReportViews;

/** Builds the views of a batch from its comparisons. */
public final class BatchViews {

    private BatchViews() {
    }

    /**
     * @param failOn whether the comparison takes part in {@code --fail-on}
     * @param fails  whether it fails the rule
     */
    public static BatchComparisonView comparison(String id, String entry, String title, String leftFile,
                                                 String rightFile, Comparison comparison, boolean failOn,
                                                 boolean fails, List<ReportFileView> reports) {
        return new BatchComparisonView(id, entry, title, comparison.mode().label(),
                comparison.left().statement().label(), leftFile, comparison.left().statement().sha256(),
                comparison.right().statement().label(), rightFile, comparison.right().statement().sha256(),
                ReportViews.summary(comparison.summary()), comparison.summary().similarity(),
                comparison.limits().reason(), failOn, fails, reports);
    }

    /**
     * @param others  the views of the series' comparisons (from {@link #comparison}), in its order
     * @param failOn  whether the series takes part in {@code --fail-on}
     * @param fails   whether its strongest verdict fails the rule
     */
    public static BatchSeriesView series(String id, String entry, String title, String baseFile,
                                         SeriesComparison series, List<BatchComparisonView> others, boolean failOn,
                                         boolean fails, List<ReportFileView> reports) {
        List<String> counts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            long n = others.stream().filter(c -> c.verdict().equals(verdict.label())).count();
            if (n > 0) {
                counts.add(n + " " + verdict.label());
            }
        }
        return new BatchSeriesView(id, entry, title, series.base().statement().label(), baseFile,
                series.base().statement().sha256(), others, series.verdict().label(),
                "Against " + others.size() + " others: " + String.join(", ", counts) + ".", series.limits().reason(),
                failOn, fails, reports);
    }

    /**
     * @param title       the manifest's title, or null for a default
     * @param generatedAt when the run started, or null to leave the time out
     * @param comparisons the entries: a series counts once, with its strongest verdict
     */
    public static BatchView batch(String title, String generatedAt, String failOn,
                                  List<? extends BatchEntryView> comparisons) {
        int failing = (int) comparisons.stream().filter(BatchEntryView::fails).count();
        BatchCountsView counts = new BatchCountsView(comparisons.size(), count(comparisons, Verdict.SUBSTANTIVE),
                count(comparisons, Verdict.MINOR), count(comparisons, Verdict.FORMAT_ONLY),
                count(comparisons, Verdict.IDENTICAL), failing,
                (int) comparisons.stream().filter(c -> c.degradedReason() != null).count());
        return new BatchView(title == null || title.isBlank() ? "readout-diff batch" : title, ComparisonEngine.VERSION,
                generatedAt, failOn, failing > 0, counts, List.copyOf(comparisons));
    }

    private static int count(List<? extends BatchEntryView> comparisons, Verdict verdict) {
        return (int) comparisons.stream().filter(c -> c.verdict().equals(verdict.label())).count();
    }
}

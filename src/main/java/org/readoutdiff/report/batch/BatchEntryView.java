package org.readoutdiff.report.batch;

import java.util.List;

/**
 * One entry of a batch as its index, {@code summary.json} and JUnit file show it: a comparison
 * of two statements ({@link BatchComparisonView}) or one base statement against several others
 * in one report ({@link BatchSeriesView}).
 */
public sealed interface BatchEntryView permits BatchComparisonView, BatchSeriesView {

    /** Names the report files. */
    String id();

    /** The manifest entry it comes from ({@code comparisons[0] (seed)}). */
    String entry();

    /** The title the manifest gave the entry, or null. */
    String title();

    /** The verdict's label; for a series the strongest of its comparisons, which {@code --fail-on} tests. */
    String verdict();

    String headline();

    /** Why a budget made the result coarser, or null. */
    String degradedReason();

    /** Whether the entry takes part in {@code --fail-on}. */
    boolean failOn();

    /** Whether it fails the rule (its contribution to exit status 1). */
    boolean fails();

    /** Its report files, in format order. */
    List<ReportFileView> reports();

    /** Whether it is a series, for the templates. */
    boolean series();

    /** The report to open first: the HTML one if there is one. */
    default ReportFileView mainReport() {
        return reports().stream().filter(r -> r.format().equals("html")).findFirst().orElse(reports().get(0));
    }
}

package org.readoutdiff.report.batch;

import java.util.List;

/**
 * One base statement against several others in a batch: one entry, one set of reports.
 *
 * @param baseFile the base statement's file, relative to the manifest's folder
 * @param others   the base against each other statement, in the manifest's order; each fails
 *                 {@code --fail-on} on its own verdict and links to the series' reports
 * @param verdict  the strongest verdict of the comparisons, which {@code --fail-on} tests
 * @param headline how many comparisons got each verdict
 */
public record BatchSeriesView(String id, String entry, String title, String baseLabel, String baseFile,
                              String baseSha256, List<BatchComparisonView> others, String verdict, String headline,
                              String degradedReason, boolean failOn, boolean fails, List<ReportFileView> reports)
        implements BatchEntryView {

    public BatchSeriesView {
        others = List.copyOf(others);
        reports = List.copyOf(reports);
    }

    @Override
    public boolean series() {
        return true;
    }
}

package org.readoutdiff.report.batch;

import java.util.List;
import org.readoutdiff.report.comparison.SummaryView;

/**
 * One comparison of two statements in a batch: an entry of its own, or one of the comparisons
 * of a series entry (then its reports are the series' reports).
 *
 * @param id             the comparison's id; its report files are named after it
 * @param entry          the manifest entry it comes from ({@code comparisons[0] (seed)})
 * @param title          the title the manifest gave the entry, or null
 * @param leftFile       the left statement's file, relative to the manifest's folder
 * @param similarity     as in the summary, from 0 to 1
 * @param degradedReason why a budget made the result coarser, or null
 * @param failOn         whether the comparison takes part in {@code --fail-on}
 * @param fails          whether it fails the rule (its contribution to exit status 1)
 * @param reports        its report files, in format order
 */
public record BatchComparisonView(String id, String entry, String title, String mode, String leftLabel,
                                  String leftFile, String leftSha256, String rightLabel, String rightFile,
                                  String rightSha256, SummaryView summary, double similarity, String degradedReason,
                                  boolean failOn, boolean fails, List<ReportFileView> reports)
        implements BatchEntryView {

    public BatchComparisonView {
        reports = List.copyOf(reports);
    }

    @Override
    public String verdict() {
        return summary.verdict();
    }

    @Override
    public String headline() {
        return summary.headline();
    }

    @Override
    public boolean series() {
        return false;
    }
}

package org.readoutdiff.report;

import java.util.List;

/**
 * One comparison of a batch.
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
                                  boolean failOn, boolean fails, List<ReportFileView> reports) {

    public BatchComparisonView {
        reports = List.copyOf(reports);
    }

    /** The report to open first: the HTML one if there is one. */
    public ReportFileView mainReport() {
        return reports.stream().filter(r -> r.format().equals("html")).findFirst().orElse(reports.get(0));
    }
}

package org.readoutdiff.report.comparison;

import java.util.List;

/**
 * Everything a report shows, as text and numbers; templates add only markup.
 *
 * @param rows   the side-by-side rows in reading order
 * @param blocks the same rows, with long runs of unchanged rows folded
 */
public record ReportView(String title, StatementView left, StatementView right, String mode, String modeReason,
                         SummaryView summary, String degradedReason, List<RowView> rows, List<RowBlock> blocks,
                         List<ChangeView> changes, CounterpartsView counterparts, String engineVersion) {

    public ReportView {
        rows = List.copyOf(rows);
        blocks = List.copyOf(blocks);
        changes = List.copyOf(changes);
    }

    /** The page's title: the verdict, then what was compared. */
    public String pageTitle() {
        return summary.verdictText() + ": " + title;
    }
}

package org.readoutdiff.report;

import java.util.List;

/** Everything a report shows, as text and numbers; templates add only markup. */
public record ReportView(String title, StatementView left, StatementView right, String mode, String modeReason,
                         SummaryView summary, String degradedReason, List<RowView> rows, List<ChangeView> changes,
                         String engineVersion) {

    public ReportView {
        rows = List.copyOf(rows);
        changes = List.copyOf(changes);
    }
}

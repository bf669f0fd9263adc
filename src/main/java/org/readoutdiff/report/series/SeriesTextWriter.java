package org.readoutdiff.report.series;

import java.util.stream.Collectors;
import org.readoutdiff.report.VisibleText;

/**
 * A series comparison in plain lines, for a terminal: the statements, one line per base
 * sentence with what each other statement has for it, then the formulations whose wording
 * shifted, the new and dropped ones, and the verb contrasts. Quotes are written as given;
 * invisible characters are made visible.
 */
public final class SeriesTextWriter {

    public String write(SeriesReportView report) {
        StringBuilder out = new StringBuilder();
        out.append("series: ").append(VisibleText.of(report.base().label())).append(" against ")
                .append(report.others().size()).append(" statements; ").append(report.verdict()).append('\n');
        for (SeriesReportView.SeriesStatementView s : report.statements()) {
            out.append(s.shortName()).append(": ").append(VisibleText.of(s.label()));
            if (s.date() != null) {
                out.append(" (").append(s.date()).append(')');
            }
            if (!s.base()) {
                out.append(" | ").append(s.mode()).append(", ").append(s.verdict()).append(" | not mentioned ")
                        .append(s.notMentioned()).append(", not in the base ").append(s.unmatched());
            }
            out.append('\n');
        }
        out.append("order: ").append(report.timeline().stream().map(SeriesReportView.SeriesStatementView::shortName)
                .collect(Collectors.joining(" -> "))).append(" (").append(report.timelineReason()).append(")\n");
        if (report.degradedReason() != null) {
            out.append("coarser than usual: ").append(report.degradedReason()).append('\n');
        }
        for (SeriesRowView row : report.rows()) {
            out.append(row.anchor());
            if (row.attribution() != null) {
                out.append(" [").append(row.attribution().speakerLabel()).append(": ").append(row.attribution().verb())
                        .append(']');
            }
            for (int k = 0; k < row.cells().size(); k++) {
                SeriesCellView cell = row.cells().get(k);
                out.append(" | ").append(report.others().get(k).shortName()).append(' ');
                switch (cell.status()) {
                    case "aligned" -> out.append(cell.ids()).append(' ').append(cell.label())
                            .append(cell.changes().isEmpty() ? "" : " (" + cell.changes().size() + " changed)");
                    case "continued" -> out.append("with ").append(cell.anchor());
                    case "related" -> out.append(cell.ids()).append(" same issue");
                    default -> out.append('-');
                }
            }
            out.append('\n');
        }
        for (FormulationView f : report.formulations()) {
            if (f.status().equals("held")) {
                continue;
            }
            out.append(f.id()).append(' ').append(f.statusText()).append(" (").append(f.first()).append(" -> ")
                    .append(f.last()).append("): \"").append(f.text()).append('"');
            for (FormulationView.ShiftView shift : f.shifts()) {
                out.append("\n  ").append(shift.from()).append(" -> ").append(shift.to()).append(": \"")
                        .append(shift.oldText()).append("\" -> \"").append(shift.newText()).append('"');
            }
            out.append('\n');
        }
        for (ContrastView c : report.contrasts()) {
            out.append("verbs ").append(c.baseLink().id()).append(' ').append(c.baseVerb()).append(" (")
                    .append(c.baseStrength()).append(") | ").append(c.shortName()).append(' ').append(c.otherId()).append(' ')
                    .append(c.otherVerb()).append(" (").append(c.otherStrength()).append(")\n");
        }
        return out.toString();
    }
}

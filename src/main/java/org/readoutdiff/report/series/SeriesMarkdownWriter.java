package org.readoutdiff.report.series;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readoutdiff.report.MarkdownText;
import org.readoutdiff.report.comparison.MarkdownWriter;
import org.readoutdiff.report.comparison.SentenceView;

/**
 * The Markdown summary of a series comparison, for a CI step summary or a pull-request comment:
 * the verdict, the statements, the formulation table (shifted, new and dropped formulations
 * before held ones), the shifts, the verb contrasts and each other statement's sentences that
 * match nothing in the base. Stays under {@code maxBytes}; what does not fit is counted and
 * named in a closing line.
 */
public final class SeriesMarkdownWriter {

    private static final int TEXT_CHARS = 180;
    private static final int CELL_CHARS = 60;

    private final int maxBytes;

    public SeriesMarkdownWriter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String write(SeriesReportView report) {
        MarkdownWriter.Budgeted md = new MarkdownWriter.Budgeted(maxBytes);
        md.line("## " + MarkdownText.escape(report.title()));
        md.line("");
        md.line("**" + report.verdict().toUpperCase(Locale.ROOT) + "** \u2014 " + MarkdownText.escape(report.headline()));
        md.line("");
        md.line("| | statement | issuer | date | compared with the base | sentences | not mentioned | not in the base |");
        md.line("|---|---|---|---|---|---|---|---|");
        for (SeriesReportView.SeriesStatementView s : report.statements()) {
            md.line("| " + s.shortName() + " | " + cell(s.label()) + " | " + cell(s.issuer()) + " | "
                    + (s.date() == null ? "\u2014" : s.date() + " (" + s.dateSource() + ")") + " | "
                    + (s.base() ? "the base" : s.verdict() + " as " + s.mode()) + " | " + s.sentences() + " | "
                    + (s.base() ? "" : String.valueOf(s.notMentioned())) + " | " + (s.base() ? "" : String.valueOf(s.unmatched()))
                    + " |");
        }
        md.line("");
        md.line("Formulations are followed " + MarkdownText.escape(report.timelineReason()) + ": "
                + report.timeline().stream().map(s -> s.shortName() + (s.date() == null ? "" : " (" + s.date() + ")"))
                .collect(Collectors.joining(" \u2192 ")) + ".");
        if (report.degradedReason() != null) {
            md.line("");
            md.line("> **Coarser than usual:** " + MarkdownText.escape(report.degradedReason()) + ".");
        }
        writeFormulations(md, report);
        writeContrasts(md, report.contrasts());
        for (UnmatchedView unmatched : report.unmatched()) {
            writeUnmatched(md, unmatched);
        }
        md.finish();
        return md.toString();
    }

    private static void writeFormulations(MarkdownWriter.Budgeted md, SeriesReportView report) {
        List<FormulationView> formulations = report.formulations();
        if (formulations.isEmpty()) {
            return;
        }
        SeriesReportView.FormulationCounts counts = report.formulationCounts();
        md.line("");
        md.line("### Formulations: " + counts.changed() + " shifted, " + counts.created() + " new, " + counts.dropped()
                + " dropped, " + counts.held() + " held");
        md.line("");
        md.line("| | status | formulation | " + report.timeline().stream().map(SeriesReportView.SeriesStatementView::shortName)
                .collect(Collectors.joining(" | ")) + " |");
        md.line("|---|---|---|" + "---|".repeat(report.timeline().size()));
        for (FormulationView f : formulations) {
            StringBuilder row = new StringBuilder("| " + f.id() + " | " + f.statusText() + " | "
                    + MarkdownText.escape(MarkdownWriter.shorten(f.text(), CELL_CHARS * 2)) + " |");
            for (FormulationView.FormulationCellView c : f.cells()) {
                row.append(' ').append(!c.present() ? "\u2014" : c.same() ? "\u2713"
                        : c.wordings().stream().map(w -> MarkdownText.escape(MarkdownWriter.shorten(w, CELL_CHARS)))
                        .collect(Collectors.joining("; "))).append(" |");
            }
            if (!md.item(row.toString())) {
                md.cut(formulations.size() - formulations.indexOf(f), "formulations");
                return;
            }
        }
        List<FormulationView> shifted = formulations.stream().filter(f -> !f.shifts().isEmpty()).toList();
        if (shifted.isEmpty()) {
            return;
        }
        md.line("");
        md.line("Where the wording shifted:");
        md.line("");
        for (FormulationView f : shifted) {
            for (FormulationView.ShiftView shift : f.shifts()) {
                String entry = "- **" + f.id() + "** " + shift.from() + " \u2192 " + shift.to() + ": ~~"
                        + MarkdownText.escape(MarkdownWriter.shorten(shift.oldText(), TEXT_CHARS)) + "~~ \u2192 **"
                        + MarkdownText.escape(MarkdownWriter.shorten(shift.newText(), TEXT_CHARS)) + "** ("
                        + shift.newLink().id() + ")";
                if (!md.item(entry)) {
                    md.cut(1, "shifts and more");
                    return;
                }
            }
        }
    }

    private static void writeContrasts(MarkdownWriter.Budgeted md, List<ContrastView> contrasts) {
        if (contrasts.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Verb contrasts (" + contrasts.size() + ")");
        md.line("");
        for (ContrastView c : contrasts) {
            String entry = "- **" + c.baseLink().id() + "** " + MarkdownText.escape(c.baseSpeaker()) + " _"
                    + MarkdownText.escape(c.baseVerb()) + "_ (" + c.baseStrength() + ") against " + c.shortName() + " "
                    + c.otherId() + " " + MarkdownText.escape(c.otherSpeaker()) + " _" + MarkdownText.escape(c.otherVerb())
                    + "_ (" + c.otherStrength() + "): " + c.direction();
            if (!md.item(entry)) {
                md.cut(contrasts.size() - contrasts.indexOf(c), "verb contrasts");
                return;
            }
        }
    }

    private static void writeUnmatched(MarkdownWriter.Budgeted md, UnmatchedView unmatched) {
        if (unmatched.sentences().isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Not in the base: " + unmatched.shortName() + " (" + MarkdownText.escape(unmatched.label()) + "), "
                + unmatched.sentences().size());
        md.line("");
        for (SentenceView s : unmatched.sentences()) {
            String who = s.attribution() == null ? "" : " _" + MarkdownText.escape(s.attribution().speakerLabel()) + ", "
                    + MarkdownText.escape(s.attribution().verb()) + "_";
            String entry = "- **" + s.id() + "**" + who + (s.boilerplate() ? " (boilerplate)" : "") + ": "
                    + MarkdownText.escape(MarkdownWriter.shorten(s.text(), TEXT_CHARS));
            if (!md.item(entry)) {
                md.cut(unmatched.sentences().size() - unmatched.sentences().indexOf(s),
                        "sentences of " + unmatched.shortName() + " not in the base");
                return;
            }
        }
    }

    private static String cell(String value) {
        return value == null || value.isBlank() ? "\u2014" : MarkdownText.escape(value);
    }
}

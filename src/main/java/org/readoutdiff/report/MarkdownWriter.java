package org.readoutdiff.report;

import java.util.List;

/**
 * The Markdown summary of a comparison, fit for a CI step summary or a pull-request comment:
 * the verdict, the two statements, then every substantive change in its context, the
 * one-sided sentences and the moves. Stays under {@code maxBytes}; what does not fit is
 * counted, not silently dropped.
 */
public final class MarkdownWriter {

    /** GitHub's step summary and comments take 64 KiB; leave room for what a job adds. */
    public static final int DEFAULT_MAX_BYTES = 60 * 1024;
    private static final int CONTEXT_CHARS = 60;

    private final int maxBytes;

    public MarkdownWriter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String write(ReportView report) {
        Budgeted md = new Budgeted(maxBytes);
        md.line("## " + MarkdownText.escape(report.title()));
        md.line("");
        md.line("**" + report.summary().verdict().toUpperCase(java.util.Locale.ROOT) + "** \u2014 "
                + MarkdownText.escape(report.summary().headline()) + " Similarity " + report.summary().similarityPercent()
                + ".");
        md.line("");
        md.line("| | left | right |");
        md.line("|---|---|---|");
        md.line("| statement | " + cell(report.left().label()) + " | " + cell(report.right().label()) + " |");
        md.line("| issuer | " + cell(report.left().issuer()) + " | " + cell(report.right().issuer()) + " |");
        md.line("| date | " + cell(report.left().date()) + " | " + cell(report.right().date()) + " |");
        md.line("| sentences | " + report.left().sentences() + " | " + report.right().sentences() + " |");
        md.line("| SHA-256 | `" + report.left().sha256().substring(0, 12) + "\u2026` | `"
                + report.right().sha256().substring(0, 12) + "\u2026` |");
        md.line("");
        md.line("Mode: " + MarkdownText.escape(report.modeReason()) + ".");
        if (report.degradedReason() != null) {
            md.line("");
            md.line("> **Coarser than usual:** " + MarkdownText.escape(report.degradedReason()) + ".");
        }
        writeChanges(md, report);
        writeOneSided(md, report, "left-only", "Only in the left (" + MarkdownText.escape(report.left().label()) + ")");
        writeOneSided(md, report, "right-only", "Only in the right (" + MarkdownText.escape(report.right().label()) + ")");
        writeMoves(md, report);
        md.finish();
        return md.toString();
    }

    private static void writeChanges(Budgeted md, ReportView report) {
        List<ChangeView> substantive = report.changes().stream().filter(c -> c.kind().equals("substantive")).toList();
        if (substantive.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Substantive changes");
        md.line("");
        for (ChangeView change : substantive) {
            RowView row = report.rows().stream().filter(r -> r.anchor().equals(change.rowAnchor())).findFirst().orElseThrow();
            String entry = "- **" + change.id() + "** " + change.leftIds() + " \u2192 " + change.rightIds() + ": "
                    + inContext(row, change);
            if (!md.item(entry)) {
                md.omitted(substantive.size() - substantive.indexOf(change), "substantive changes");
                return;
            }
        }
    }

    /** The change with a little of its sentence around it: "…on ~~16~~ **15** November…". */
    private static String inContext(RowView row, ChangeView change) {
        String before = "";
        String after = "";
        List<Fragment> fragments = !change.leftText().isEmpty() ? row.left() : row.right();
        for (int i = 0; i < fragments.size(); i++) {
            if (change.id().equals(fragments.get(i).changeId())) {
                before = i > 0 ? tail(fragments.get(i - 1).text()) : "";
                after = i + 1 < fragments.size() ? head(fragments.get(i + 1).text()) : "";
                break;
            }
        }
        StringBuilder out = new StringBuilder(MarkdownText.escape(before));
        if (!change.leftText().isEmpty()) {
            out.append("~~").append(MarkdownText.escape(change.leftText())).append("~~");
        }
        if (!change.rightText().isEmpty()) {
            out.append(change.leftText().isEmpty() ? "" : " ").append("**")
                    .append(MarkdownText.escape(change.rightText())).append("**");
        }
        return out.append(MarkdownText.escape(after)).toString();
    }

    private static String tail(String text) {
        return text.length() <= CONTEXT_CHARS ? text : "\u2026" + text.substring(text.length() - CONTEXT_CHARS);
    }

    private static String head(String text) {
        return text.length() <= CONTEXT_CHARS ? text : text.substring(0, CONTEXT_CHARS) + "\u2026";
    }

    private static void writeOneSided(Budgeted md, ReportView report, String kind, String heading) {
        List<RowView> rows = report.rows().stream().filter(r -> r.kind().equals(kind)).toList();
        if (rows.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### " + heading);
        md.line("");
        for (RowView row : rows) {
            List<Fragment> text = kind.equals("left-only") ? row.left() : row.right();
            String id = kind.equals("left-only") ? row.leftIds() : row.rightIds();
            String entry = "- **" + id + "**" + (row.boilerplate() ? " (boilerplate)" : "") + ": "
                    + MarkdownText.escape(text.get(0).text());
            if (!md.item(entry)) {
                md.omitted(rows.size() - rows.indexOf(row), "sentences");
                return;
            }
        }
    }

    private static void writeMoves(Budgeted md, ReportView report) {
        List<RowView> moves = report.rows().stream().filter(r -> r.kind().equals("moved-here")).toList();
        if (moves.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Moved");
        md.line("");
        for (RowView row : moves) {
            if (!md.item("- " + row.rightIds() + ": " + MarkdownText.escape(row.note()))) {
                md.omitted(moves.size() - moves.indexOf(row), "moves");
                return;
            }
        }
    }

    private static String cell(String value) {
        return value == null || value.isBlank() ? "\u2014" : MarkdownText.escape(value);
    }

    /** A Markdown document that refuses items once its byte budget is spent. */
    private static final class Budgeted {

        private static final int RESERVE = 400;
        private final StringBuilder out = new StringBuilder();
        private final int maxBytes;
        private int bytes;
        private boolean full;

        Budgeted(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        void line(String text) {
            if (!full) {
                out.append(text).append('\n');
                bytes += utf8Length(text) + 1;
            }
        }

        boolean item(String text) {
            if (full || bytes + utf8Length(text) + 1 > maxBytes - RESERVE) {
                full = true;
                return false;
            }
            line(text);
            return true;
        }

        void omitted(int count, String what) {
            out.append("- \u2026 and ").append(count).append(" more ").append(what)
                    .append(" not shown here (size limit); see the full report.\n");
        }

        void finish() {
            if (full) {
                out.append("\n_This summary was cut to stay under ").append(maxBytes / 1024).append(" KB._\n");
            }
        }

        private static int utf8Length(String text) {
            int length = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return length;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}

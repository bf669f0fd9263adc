package org.readoutdiff.report.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.readoutdiff.report.MarkdownText;
import org.readoutdiff.report.comparison.MarkdownWriter;
import org.readoutdiff.report.comparison.SummaryView;

/**
 * A batch in Markdown: {@code index.md}, with links to the report files (a series entry is a
 * row with its reports, then a row per other statement with its counts), and the summary a CI
 * job appends to its step summary, with the file names instead (links would not resolve
 * there) followed by the Markdown summary of each comparison that failed or changed
 * substantively, as long as the whole stays under a byte limit.
 */
public final class BatchMarkdownWriter {

    /**
     * GitHub takes at most 1 MiB per step summary; leave room for what other commands of the
     * same step write.
     */
    public static final int STEP_SUMMARY_MAX_BYTES = 900 * 1024;
    private static final int MAX_LABEL_CHARS = 120;
    private static final int RESERVE = 400;

    public String index(BatchView view) {
        Budget md = new Budget(Integer.MAX_VALUE);
        head(md, view, true);
        md.line("");
        md.line("`summary.json` holds the same in JSON (schema `readout-diff/batch/1`).");
        foot(md, view);
        return md.toString();
    }

    /**
     * @param detail the Markdown summary of one comparison (at most {@link MarkdownWriter#DEFAULT_MAX_BYTES}),
     *               or null when it was not kept
     * @param maxBytes the most bytes to write, in UTF-8
     */
    public String stepSummary(BatchView view, Function<BatchEntryView, String> detail, int maxBytes) {
        Budget md = new Budget(maxBytes);
        head(md, view, false);
        List<BatchEntryView> shown = view.comparisons().stream()
                .filter(c -> c.fails() || c.verdict().equals("substantive")).toList();
        for (int i = 0; i < shown.size(); i++) {
            String text = detail.apply(shown.get(i));
            if (text == null || !md.item("\n" + text.stripTrailing())) {
                md.omitted(shown.size() - i, "comparison summaries");
                break;
            }
        }
        foot(md, view);
        return md.toString();
    }

    private static void head(Budget md, BatchView view, boolean links) {
        md.line("# " + MarkdownText.escape(view.title()));
        md.line("");
        md.line(verdicts(view));
        md.line("");
        md.line("| Comparison | Statements | Verdict | Substantive | Moved | Only left | Only right | Minor | Similarity"
                + " | Reports |");
        md.line("|---|---|---|--:|--:|--:|--:|--:|--:|---|");
        List<BatchEntryView> comparisons = view.comparisons();
        for (int i = 0; i < comparisons.size(); i++) {
            if (!md.item(row(view, comparisons.get(i), links))) {
                md.omitted(comparisons.size() - i, "comparisons");
                return;
            }
        }
    }

    /** A comparison's row; a series' row followed by one row per other statement, without links of their own. */
    private static String row(BatchView view, BatchEntryView e, boolean links) {
        String name = "**" + MarkdownText.escape(e.id()) + "**"
                + (e.title() == null ? "" : "<br>" + label(e.title()));
        String verdict = e.verdict() + (e.fails() ? " \u2014 **fails**"
                : !e.failOn() && !view.failOn().equals("none") ? " (not counted)" : "")
                + (e.degradedReason() != null ? " (coarser than usual)" : "");
        StringBuilder reports = new StringBuilder();
        for (ReportFileView report : e.reports()) {
            reports.append(reports.isEmpty() ? "" : " \u00b7 ");
            reports.append(links ? "[" + report.format() + "](" + report.file() + ")" : "`" + report.file() + "`");
        }
        if (e instanceof BatchSeriesView series) {
            StringBuilder rows = new StringBuilder("| " + name + " | " + label(series.baseLabel()) + " \u2192 "
                    + series.others().size() + " others | " + verdict + " |  |  |  |  |  |  | " + reports + " |");
            for (BatchComparisonView other : series.others()) {
                rows.append("\n| \u21b3 ").append(MarkdownText.escape(other.id())).append(" | \u2192 ")
                        .append(label(other.rightLabel())).append(" | ").append(other.verdict())
                        .append(other.degradedReason() != null ? " (coarser than usual)" : "").append(" | ")
                        .append(counts(other)).append(" |  |");
            }
            return rows.toString();
        }
        BatchComparisonView c = (BatchComparisonView) e;
        return "| " + name + " | " + label(c.leftLabel()) + " \u2192 " + label(c.rightLabel()) + " | " + verdict
                + " | " + counts(c) + " | " + reports + " |";
    }

    private static String counts(BatchComparisonView c) {
        SummaryView s = c.summary();
        return s.substantiveChanges() + " | " + s.moves() + " | " + s.leftOnly() + " | " + s.rightOnly() + " | "
                + s.minorChanges() + " | " + s.similarityPercent();
    }

    private static String verdicts(BatchView view) {
        BatchCountsView n = view.counts();
        StringBuilder out = new StringBuilder();
        out.append(n.comparisons()).append(n.comparisons() == 1 ? " comparison" : " comparisons");
        String counts = join(part(n.substantive(), "substantive"), part(n.minor(), "minor"),
                part(n.formatOnly(), "format-only"), part(n.identical(), "identical"));
        out.append(counts.isEmpty() ? "." : ": " + counts + ".");
        String rule = "`--fail-on " + view.failOn() + "`";
        if (n.failing() > 0) {
            out.append(" **").append(n.failing()).append(n.failing() == 1 ? " fails " : " fail ").append(rule)
                    .append("** (exit status 1).");
        } else if (!view.failOn().equals("none")) {
            out.append(" None fails ").append(rule).append('.');
        }
        if (n.degraded() > 0) {
            out.append(' ').append(n.degraded()).append(n.degraded() == 1 ? " was" : " were")
                    .append(" coarser than usual: a work budget ran out.");
        }
        return out.toString();
    }

    private static void foot(Budget md, BatchView view) {
        md.line("");
        md.line("_Made by readout-diff " + view.engineVersion()
                + (view.generatedAt() == null ? "" : ", " + view.generatedAt()) + "._");
        md.finish();
    }

    private static String part(int count, String verdict) {
        return count == 0 ? "" : count + " " + verdict;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : ", ").append(part);
            }
        }
        return out.toString();
    }

    private static String label(String text) {
        String shown = text.length() <= MAX_LABEL_CHARS ? text : text.substring(0, MAX_LABEL_CHARS) + "\u2026";
        return MarkdownText.escape(shown);
    }

    /** A Markdown document that refuses items once its byte budget is spent. */
    private static final class Budget {

        private final StringBuilder out = new StringBuilder();
        private final int maxBytes;
        private long bytes;
        private boolean full;

        Budget(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        void line(String text) {
            out.append(text).append('\n');
            bytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
        }

        boolean item(String text) {
            if (full || bytes + text.getBytes(StandardCharsets.UTF_8).length + 1 > (long) maxBytes - RESERVE) {
                full = true;
                return false;
            }
            line(text);
            return true;
        }

        void omitted(int count, String what) {
            line("");
            line("_\u2026 and " + count + " more " + what + ", not shown here (size limit); see the reports._");
        }

        void finish() {
            if (full) {
                line("_This summary was cut to stay under " + maxBytes / 1024 + " KB._");
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}

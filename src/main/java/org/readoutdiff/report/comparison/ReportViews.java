package org.readoutdiff.report.comparison;

import java.util.List;
import java.util.Locale;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.Summary;
import org.readoutdiff.compare.Verdict;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.report.Headlines;
import org.readoutdiff.report.VisibleText;

/**
 * Builds the {@link ReportView} of a comparison: the summary, the side-by-side rows (see
 * {@link RowsBuilder}), their folding, the change list and the counterparts sections. Every
 * id and anchor comes from sentence and change numbers, so the same inputs give the same view.
 */
public final class ReportViews {

    private ReportViews() {
    }

    public static ReportView of(Comparison comparison) {
        RowsBuilder rows = new RowsBuilder(comparison);
        return new ReportView(comparison.left().statement().label() + " \u2192 " + comparison.right().statement().label(),
                statement("left", comparison.left()), statement("right", comparison.right()),
                comparison.mode().label(), comparison.modeReason(), summary(comparison.summary()),
                comparison.limits().reason(), rows.rows(), Folding.fold(rows.rows()), rows.changes(),
                CounterpartsViews.of(comparison, rows.anchors()), comparison.engineVersion());
    }

    /**
     * Only the rows of {@link #of}: all that the inline text needs. Skips the change list, the
     * folding and the counterparts sections, which on a 10 MB pair cost as much as the rows.
     */
    public static List<RowView> rows(Comparison comparison) {
        return new RowsBuilder(comparison).rows();
    }

    private static StatementView statement(String side, SegmentedStatement statement) {
        StatementMetadata metadata = statement.statement().metadata();
        return new StatementView(side, side.equals("left") ? "Left" : "Right", statement.statement().label(),
                metadata.issuer(), metadata.meeting(), metadata.date(), metadata.sourceUrl(), link(metadata.sourceUrl()),
                metadata.retrievedAt(), statement.statement().sha256(), statement.language(), statement.size());
    }

    /**
     * The URL if it is an absolute http or https address made of visible characters, else null:
     * the one rule for which source URLs become links, in the reports and on the site's pages.
     * Hand-checked rather than parsed with java.net.URI: the core does not use java.net, and only
     * the scheme matters here (no javascript:, data: or relative links).
     */
    public static String link(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        int host = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (host < 0 || host == url.length() || url.charAt(host) == '/' || invisibleAt(url) >= 0) {
            return null;
        }
        return url;
    }

    /**
     * Where a web address has its first character that a reader cannot see, or -1: spaces,
     * controls, and every character {@link VisibleText} writes out (bidi controls, zero-width
     * characters, ...) plus the zero-width joiner and non-joiner, which a web address never needs.
     */
    public static int invisibleAt(String url) {
        for (int i = 0; i < url.length(); ) {
            int c = url.codePointAt(i);
            if (c <= ' ' || c == 0x7f || c == 0x200C || c == 0x200D || VisibleText.hidden(c) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    public static SummaryView summary(Summary summary) {
        return new SummaryView(summary.verdict().label(), verdictText(summary.verdict()), Headlines.of(summary),
                summary.substantiveChanges(), summary.punctuationChanges(), summary.formatChanges(),
                summary.boilerplateChanges(), summary.moves(), summary.leftOnly(), summary.rightOnly(),
                String.format(Locale.ROOT, "%.1f%%", summary.similarity() * 100));
    }

    private static String verdictText(Verdict verdict) {
        return switch (verdict) {
            case SUBSTANTIVE -> "Substantive differences";
            case MINOR -> "Minor differences only";
            case FORMAT_ONLY -> "Format differences only";
            case IDENTICAL -> "No differences";
        };
    }
}

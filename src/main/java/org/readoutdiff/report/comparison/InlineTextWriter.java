package org.readoutdiff.report.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.readoutdiff.report.Fragment;

/**
 * The comparison as running text in wdiff's notation: {@code [-deleted-]} and
 * {@code {+inserted+}}, one row per line in the order of the report. Meant for terminals and
 * for tools that already read wdiff output. Moved text is written once, at its old place,
 * after a {@code [moved to R32]} note.
 */
public final class InlineTextWriter {

    public void write(ReportView report, Writer out) {
        write(report.rows(), out);
    }

    /** The rows of a report view, as {@link ReportViews#rows} gives them without the rest of the view. */
    public void write(List<RowView> rows, Writer out) {
        try {
            for (RowView row : rows) {
                switch (row.kind()) {
                    case "left-only" -> out.append("[-").append(row.left().get(0).text()).append("-]");
                    case "right-only" -> out.append("{+").append(row.right().get(0).text()).append("+}");
                    case "moved-here" -> out.append("[").append(row.note()).append("]");
                    default -> writePair(row, out);
                }
                out.append('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unchanged text from the left; each change as its deleted then its inserted words. */
    private static void writePair(RowView row, Writer out) throws IOException {
        if (row.note() != null) {
            out.append('[').append(row.note()).append("] ");
        }
        int r = 0;
        for (Fragment fragment : row.left()) {
            if (!fragment.changed()) {
                out.append(fragment.text());
                continue;
            }
            r = writeRightUntil(row, r, fragment.changeId(), out);
            out.append("[-").append(fragment.text()).append("-]");
            r = writeInserted(row, r, fragment.changeId(), out);
        }
        for (; r < row.right().size(); r++) {
            Fragment fragment = row.right().get(r);
            if (fragment.changed()) {
                out.append("{+").append(fragment.text()).append("+}");
            }
        }
    }

    /** Writes insertions that come before change {@code changeId}; returns the next right fragment. */
    private static int writeRightUntil(RowView row, int r, String changeId, Writer out) throws IOException {
        while (r < row.right().size()) {
            Fragment fragment = row.right().get(r);
            if (changeId.equals(fragment.changeId()) || (fragment.changed() && compare(fragment.changeId(), changeId) > 0)) {
                return r;
            }
            if (fragment.changed()) {
                out.append("{+").append(fragment.text()).append("+}");
            }
            r++;
        }
        return r;
    }

    private static int writeInserted(RowView row, int r, String changeId, Writer out) throws IOException {
        if (r < row.right().size() && changeId.equals(row.right().get(r).changeId())) {
            out.append("{+").append(row.right().get(r).text()).append("+}");
            return r + 1;
        }
        return r;
    }

    private static int compare(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    }
}

package org.readoutdiff.report.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds long runs of unchanged rows, as a unified diff keeps only context lines: the reader
 * sees every change at once, with one unchanged row on each side of it for context.
 */
final class Folding {

    /** Unchanged rows kept open next to a changed row. */
    static final int CONTEXT = 1;
    /** Shorter runs are not worth a fold: opening one costs more than reading it. */
    static final int MIN_FOLDED = 3;

    private Folding() {
    }

    static List<RowBlock> fold(List<RowView> rows) {
        List<RowBlock> blocks = new ArrayList<>();
        List<RowView> open = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).changed()) {
                open.add(rows.get(i++));
                continue;
            }
            int end = i;
            while (end < rows.size() && !rows.get(end).changed()) {
                end++;
            }
            int foldFrom = i == 0 ? i : i + CONTEXT;
            int foldTo = end == rows.size() ? end : end - CONTEXT;
            if (foldTo - foldFrom >= MIN_FOLDED) {
                open.addAll(rows.subList(i, foldFrom));
                flush(open, blocks);
                List<RowView> folded = rows.subList(foldFrom, foldTo);
                blocks.add(new RowBlock(true, summary(folded), folded));
                open.addAll(rows.subList(foldTo, end));
            } else {
                open.addAll(rows.subList(i, end));
            }
            i = end;
        }
        flush(open, blocks);
        return blocks;
    }

    private static void flush(List<RowView> open, List<RowBlock> blocks) {
        if (!open.isEmpty()) {
            blocks.add(new RowBlock(false, null, List.copyOf(open)));
            open.clear();
        }
    }

    /** "12 unchanged sentences: L3–L14, R3–R14". */
    private static String summary(List<RowView> rows) {
        int sentences = 0;
        for (RowView row : rows) {
            sentences += row.leftSentences().size();
        }
        RowView first = rows.get(0);
        RowView last = rows.get(rows.size() - 1);
        return sentences + " unchanged sentence" + (sentences == 1 ? "" : "s") + ": "
                + range(first.leftSentences().get(0), last.leftSentences().get(last.leftSentences().size() - 1)) + ", "
                + range(first.rightSentences().get(0), last.rightSentences().get(last.rightSentences().size() - 1));
    }

    private static String range(String first, String last) {
        return first.equals(last) ? first : first + "\u2013" + last;
    }
}

package org.readoutdiff.report.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Move;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.compare.ComparedPair;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.compare.Summary;
import org.readoutdiff.diff.Change;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.report.Ids;

/**
 * A comparison as short, reviewable plain text, one line per difference: the mode and why,
 * the counts, then only the rows that differ, in the reading order of the left statement
 * (a right-only sentence stands before the next pair that stayed in place after it; a moved
 * block stands at its old place). Identical pairs are left out. Meant for golden files and
 * for reading in a terminal or a code review, so it is deterministic and escapes every
 * invisible or line-breaking character.
 *
 * <pre>
 * L17 = R17 edited | substantive: "bound" -&gt; "doomed"
 * L26 left-only: Dialogue and consultation ...
 * L33-L35 -&gt; R38-R40 moved (move 1)
 * L41 = R40 R41 edited | substantive: "and" -&gt; "."
 * </pre>
 */
public final class CompactTextWriter {

    public String write(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        Summary summary = comparison.summary();
        out.append("mode: ").append(comparison.mode().label()).append(" (").append(oneLine(comparison.modeReason()))
                .append(")\n");
        out.append("sentences: left ").append(comparison.left().size()).append(", right ")
                .append(comparison.right().size()).append('\n');
        out.append("summary: ").append(summary.verdict().label())
                .append(" | substantive ").append(summary.substantiveChanges())
                .append(", punctuation ").append(summary.punctuationChanges())
                .append(", format ").append(summary.formatChanges())
                .append(", boilerplate ").append(summary.boilerplateChanges())
                .append(", moves ").append(summary.moves())
                .append(", left-only ").append(summary.leftOnly())
                .append(", right-only ").append(summary.rightOnly())
                .append(" | similarity ").append(String.format(Locale.ROOT, "%.4f", summary.similarity()))
                .append('\n');
        if (comparison.limits().degraded()) {
            out.append("limits: degraded (").append(oneLine(comparison.limits().reason())).append(")\n");
        }
        for (String row : rows(comparison)) {
            out.append(row).append('\n');
        }
        for (TopicLink link : comparison.counterparts().links()) {
            out.append(Ids.left(link.left())).append(" ~ ").append(Ids.right(link.right()))
                    .append(" same issue, not the same point (")
                    .append(String.format(Locale.ROOT, "%.2f", link.score())).append(")\n");
        }
        return out.toString();
    }

    private List<String> rows(Comparison comparison) {
        Map<Integer, List<ComparedPair>> moved = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        for (ComparedPair pair : comparison.pairs()) {
            if (pair.pair().move() > 0) {
                moved.computeIfAbsent(pair.pair().move(), id -> new ArrayList<>()).add(pair);
            } else {
                items.add(new Item(pair.pair().firstLeft(), pair, null, null));
            }
        }
        for (Move move : comparison.moves()) {
            items.add(new Item(move.left().get(0), null, null, move));
        }
        for (OneSided sentence : comparison.leftOnly()) {
            items.add(new Item(sentence.sentence(), null, sentence, null));
        }
        items.sort(Comparator.comparingInt(Item::left));
        List<String> rows = new ArrayList<>();
        List<OneSided> rightOnly = comparison.rightOnly();
        int nextRight = 0;
        for (Item item : items) {
            if (item.pair() != null) {
                while (nextRight < rightOnly.size() && rightOnly.get(nextRight).sentence() < item.pair().pair().firstRight()) {
                    rows.add(oneSided(comparison, rightOnly.get(nextRight++), false));
                }
                if (!item.pair().changes().isEmpty()) {
                    rows.add(pair(comparison, item.pair(), " = ", ""));
                }
            } else if (item.leftOnly() != null) {
                rows.add(oneSided(comparison, item.leftOnly(), true));
            } else {
                rows.addAll(move(comparison, item.move(), moved.getOrDefault(item.move().id(), List.of())));
            }
        }
        while (nextRight < rightOnly.size()) {
            rows.add(oneSided(comparison, rightOnly.get(nextRight++), false));
        }
        return rows;
    }

    /** One line for the block, then one per changed pair in it; a block of one pair is one line. */
    private List<String> move(Comparison comparison, Move move, List<ComparedPair> pairs) {
        String label = " (move " + move.id() + ")";
        if (pairs.size() == 1) {
            return List.of(pair(comparison, pairs.get(0), " -> ", label));
        }
        List<String> lines = new ArrayList<>();
        lines.add(range(move.left(), true) + " -> " + range(move.right(), false) + " moved" + label);
        for (ComparedPair pair : pairs) {
            if (!pair.changes().isEmpty()) {
                lines.add(pair(comparison, pair, " -> ", label));
            }
        }
        return lines;
    }

    private static String pair(Comparison comparison, ComparedPair compared, String arrow, String label) {
        AlignedPair pair = compared.pair();
        StringBuilder line = new StringBuilder(ids(pair.left(), true)).append(arrow).append(ids(pair.right(), false))
                .append(' ').append(pair.relation().label()).append(label);
        for (Change change : compared.changes()) {
            line.append(" | ").append(change.kind().label()).append(": ")
                    .append(quote(change.left().of(comparison.left().text()))).append(" -> ")
                    .append(quote(change.right().of(comparison.right().text())));
        }
        return line.toString();
    }

    private static String oneSided(Comparison comparison, OneSided sentence, boolean left) {
        SegmentedStatement statement = left ? comparison.left() : comparison.right();
        String id = left ? Ids.left(sentence.sentence()) : Ids.right(sentence.sentence());
        return id + (left ? " left-only" : " right-only") + (sentence.boilerplate() ? " (boilerplate)" : "") + ": "
                + oneLine(statement.sentence(sentence.sentence()).text(statement.text()));
    }

    private static String ids(List<Integer> sentences, boolean left) {
        StringBuilder ids = new StringBuilder();
        for (int index : sentences) {
            if (!ids.isEmpty()) {
                ids.append(' ');
            }
            ids.append(Ids.sentence(left, index));
        }
        return ids.toString();
    }

    private static String range(List<Integer> sentences, boolean left) {
        String first = Ids.sentence(left, sentences.get(0));
        String last = Ids.sentence(left, sentences.get(sentences.size() - 1));
        return first.equals(last) ? first : first + "-" + last;
    }

    private static String quote(String text) {
        return '"' + escape(text, true) + '"';
    }

    private static String oneLine(String text) {
        return escape(text, false);
    }

    /**
     * Line breaks, controls and invisible or non-ASCII space characters as escapes, so that
     * one row stays one line and a no-break space or a zero-width space can be seen.
     */
    private static String escape(String text, boolean quoted) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append(quoted ? "\\\"" : "\"");
                default -> {
                    if (c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                            || Character.getType(c) == Character.FORMAT)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private record Item(int left, ComparedPair pair, OneSided leftOnly, Move move) {
    }
}

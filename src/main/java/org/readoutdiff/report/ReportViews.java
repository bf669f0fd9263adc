package org.readoutdiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Move;
import org.readoutdiff.compare.ComparedPair;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.compare.Summary;
import org.readoutdiff.diff.Change;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.StatementMetadata;

/**
 * Builds the {@link ReportView} of a comparison. Rows follow the left statement; a sentence
 * only on the right stands where it stands in the right statement, just before the next pair
 * that stayed in place; a moved block is shown at its old place and marked at its new one.
 */
public final class ReportViews {

    private ReportViews() {
    }

    public static ReportView of(Comparison comparison) {
        Builder builder = new Builder(comparison);
        return new ReportView(comparison.left().statement().label() + " \u2192 " + comparison.right().statement().label(),
                statement("left", comparison.left()), statement("right", comparison.right()),
                comparison.mode().label(), comparison.modeReason(), summary(comparison.summary()),
                comparison.limits().reason(), builder.rows(), builder.changes, comparison.engineVersion());
    }

    private static StatementView statement(String side, SegmentedStatement statement) {
        StatementMetadata metadata = statement.statement().metadata();
        return new StatementView(side, statement.statement().label(), metadata.issuer(), metadata.meeting(),
                metadata.date(), metadata.sourceUrl(), metadata.retrievedAt(), statement.statement().sha256(),
                statement.language(), statement.size());
    }

    static SummaryView summary(Summary summary) {
        return new SummaryView(summary.verdict().label(), Headlines.of(summary), summary.substantiveChanges(),
                summary.punctuationChanges(), summary.formatChanges(), summary.boilerplateChanges(), summary.moves(),
                summary.leftOnly(), summary.rightOnly(),
                String.format(Locale.ROOT, "%.1f%%", summary.similarity() * 100));
    }

    private static final class Builder {

        private final Comparison comparison;
        private final String leftText;
        private final String rightText;
        private final List<ChangeView> changes = new ArrayList<>();
        private final Map<ComparedPair, List<String>> changeIds = new HashMap<>();

        Builder(Comparison comparison) {
            this.comparison = comparison;
            this.leftText = comparison.left().text();
            this.rightText = comparison.right().text();
            int number = 0;
            for (ComparedPair pair : comparison.pairs()) {
                List<String> ids = new ArrayList<>();
                for (Change change : pair.changes()) {
                    String id = "C" + (++number);
                    ids.add(id);
                    changes.add(new ChangeView(id, change.kind().label(), anchor(pair.pair()),
                            join(pair.pair().left(), true), join(pair.pair().right(), false),
                            change.left().of(leftText), change.right().of(rightText)));
                }
                changeIds.put(pair, ids);
            }
        }

        List<RowView> rows() {
            List<Object> items = new ArrayList<>(comparison.pairs());
            items.addAll(comparison.leftOnly());
            items.sort(Comparator.comparingInt(Builder::leftPosition));
            List<OneSided> rightOnly = comparison.rightOnly();
            List<Move> moves = comparison.moves();
            int nextRightOnly = 0;
            int nextMove = 0;
            List<Move> movesByRight = new ArrayList<>(moves);
            movesByRight.sort(Comparator.comparingInt(m -> m.right().get(0)));
            List<RowView> rows = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof ComparedPair pair && !pair.pair().relation().isMove()) {
                    int right = pair.pair().firstRight();
                    while (nextRightOnly < rightOnly.size() || nextMove < movesByRight.size()) {
                        int oneSided = nextRightOnly < rightOnly.size() ? rightOnly.get(nextRightOnly).sentence() : Integer.MAX_VALUE;
                        int moved = nextMove < movesByRight.size() ? movesByRight.get(nextMove).right().get(0) : Integer.MAX_VALUE;
                        if (Math.min(oneSided, moved) >= right) {
                            break;
                        }
                        if (oneSided < moved) {
                            rows.add(rightOnlyRow(rightOnly.get(nextRightOnly++)));
                        } else {
                            rows.add(movedHereRow(movesByRight.get(nextMove++)));
                        }
                    }
                }
                rows.add(item instanceof ComparedPair pair ? pairRow(pair) : leftOnlyRow((OneSided) item));
            }
            while (nextRightOnly < rightOnly.size()) {
                rows.add(rightOnlyRow(rightOnly.get(nextRightOnly++)));
            }
            while (nextMove < movesByRight.size()) {
                rows.add(movedHereRow(movesByRight.get(nextMove++)));
            }
            return rows;
        }

        private static int leftPosition(Object item) {
            return item instanceof ComparedPair pair ? pair.pair().firstLeft() : ((OneSided) item).sentence();
        }

        private RowView pairRow(ComparedPair compared) {
            AlignedPair pair = compared.pair();
            List<String> ids = changeIds.get(compared);
            String note = null;
            if (pair.move() > 0) {
                Move move = comparison.moves().get(pair.move() - 1);
                note = "moved: now at " + range(move.right(), false);
            }
            return new RowView(anchor(pair), "pair", pair.relation().label(), join(pair.left(), true),
                    join(pair.right(), false),
                    fragments(leftText, span(comparison.left(), pair.left()), compared.changes(), ids, true),
                    fragments(rightText, span(comparison.right(), pair.right()), compared.changes(), ids, false),
                    note, false, !compared.changes().isEmpty() || pair.move() > 0,
                    comparison.left().language(), comparison.right().language());
        }

        private RowView leftOnlyRow(OneSided sentence) {
            Sentence s = comparison.left().sentence(sentence.sentence());
            String id = Ids.left(sentence.sentence());
            return new RowView(id, "left-only", null, id, "", List.of(new Fragment(s.text(leftText), null, null)),
                    List.of(), sentence.boilerplate() ? "boilerplate" : null, sentence.boilerplate(), true,
                    comparison.left().language(), comparison.right().language());
        }

        private RowView rightOnlyRow(OneSided sentence) {
            Sentence s = comparison.right().sentence(sentence.sentence());
            String id = Ids.right(sentence.sentence());
            return new RowView(id, "right-only", null, "", id, List.of(),
                    List.of(new Fragment(s.text(rightText), null, null)),
                    sentence.boilerplate() ? "boilerplate" : null, sentence.boilerplate(), true,
                    comparison.left().language(), comparison.right().language());
        }

        private RowView movedHereRow(Move move) {
            return new RowView("move-" + move.id(), "moved-here", null, "", range(move.right(), false), List.of(),
                    List.of(), "moved here from " + range(move.left(), true), false, true,
                    comparison.left().language(), comparison.right().language());
        }

        private static Span span(SegmentedStatement statement, List<Integer> sentences) {
            return new Span(statement.sentence(sentences.get(0)).start(),
                    statement.sentence(sentences.get(sentences.size() - 1)).end());
        }

        private static List<Fragment> fragments(String text, Span cell, List<Change> changes, List<String> ids,
                                                boolean left) {
            List<Fragment> fragments = new ArrayList<>();
            int at = cell.start();
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                Span span = left ? change.left() : change.right();
                if (span.isEmpty() || span.start() < at) {
                    continue;
                }
                if (span.start() > at) {
                    fragments.add(new Fragment(text.substring(at, span.start()), null, null));
                }
                fragments.add(new Fragment(span.of(text), change.kind().label(), ids.get(i)));
                at = span.end();
            }
            if (at < cell.end()) {
                fragments.add(new Fragment(text.substring(at, cell.end()), null, null));
            }
            return fragments;
        }

        private static String anchor(AlignedPair pair) {
            return join(pair.left(), true).replace(' ', '-') + "-" + join(pair.right(), false).replace(' ', '-');
        }

        private static String join(List<Integer> sentences, boolean left) {
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
            return first.equals(last) ? first : first + "\u2013" + last;
        }
    }
}

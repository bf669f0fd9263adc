package org.readoutdiff.report.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Move;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.compare.ComparedPair;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.report.Fragment;
import org.readoutdiff.report.Ids;
import org.readoutdiff.report.VisibleText;

/**
 * The side-by-side rows and the change list of a comparison. Rows follow the left statement; a
 * sentence only on the right stands where it stands in the right statement, just before the
 * next pair that stayed in place; a moved block is shown at its old place and marked at its
 * new one, and the two link to each other. Changes are numbered C1, C2, ... in row order, as
 * in the JSON document.
 */
public final class RowsBuilder {

    private static final int CONTEXT_CHARS = 60;
    /** Between two sentences of one cell that are not next to each other: the mark of an omission. */
    static final String GAP = " […] ";

    private final Comparison comparison;
    private final String leftText;
    private final String rightText;
    private final boolean counterparts;
    private final Map<ComparedPair, List<String>> changeIds = new IdentityHashMap<>();
    /** Sentence id ("L3") to the anchor of the row that shows it. */
    private final Map<String, String> anchors = new HashMap<>();
    private final List<RowView> rows;
    private Map<Integer, String> firstPairOfMove;
    private int lastLeftParagraph = -1;
    private int lastRightParagraph = -1;
    private List<ChangeView> changes;

    RowsBuilder(Comparison comparison) {
        this.comparison = comparison;
        this.leftText = comparison.left().text();
        this.rightText = comparison.right().text();
        this.counterparts = comparison.mode() == Mode.COUNTERPARTS;
        int number = 0;
        for (ComparedPair pair : comparison.pairs()) {
            List<String> ids = new ArrayList<>(pair.changes().size());
            for (int i = 0; i < pair.changes().size(); i++) {
                ids.add("C" + (++number));
            }
            changeIds.put(pair, ids);
        }
        this.rows = buildRows();
    }

    List<RowView> rows() {
        return rows;
    }

    /** Built on first use: the inline text shows only the rows, and a long text has many changes. */
    List<ChangeView> changes() {
        if (changes == null) {
            changes = new ArrayList<>();
            for (ComparedPair pair : comparison.pairs()) {
                addChanges(pair, changeIds.get(pair));
            }
        }
        return changes;
    }

    private void addChanges(ComparedPair pair, List<String> ids) {
        List<Span> leftRuns = runs(comparison.left(), pair.pair().left());
        List<Span> rightRuns = runs(comparison.right(), pair.pair().right());
        for (int i = 0; i < ids.size(); i++) {
            Change change = pair.changes().get(i);
            // An insertion reads best in the words around it on the right; anything else on the left.
            boolean right = change.isInsertion();
            String text = right ? rightText : leftText;
            Span span = right ? change.right() : change.left();
            Span cell = runAt(right ? rightRuns : leftRuns, span.start());
            changes.add(new ChangeView(ids.get(i), change.kind().label(), change.kind() != ChangeKind.SUBSTANTIVE,
                    anchor(pair.pair()), join(pair.pair().left(), true), join(pair.pair().right(), false),
                    VisibleText.of(change.left().of(leftText)), VisibleText.of(change.right().of(rightText)),
                    VisibleText.of(before(text, cell.start(), span.start())),
                    VisibleText.of(after(text, span.end(), cell.end()))));
        }
    }

    Map<String, String> anchors() {
        return anchors;
    }

    private List<RowView> buildRows() {
        List<Object> items = new ArrayList<>(comparison.pairs());
        items.addAll(comparison.leftOnly());
        items.addAll(linked(true));
        List<Object> rightSingles = new ArrayList<>(comparison.rightOnly());
        if (counterparts) {
            // a right sentence on the same issue as a left one reads best just after it
            items.addAll(linked(false));
        } else {
            rightSingles.addAll(linked(false));
        }
        items.sort(Comparator.comparingInt(RowsBuilder::leftPosition)); // stable: such rows follow their target's
        rightSingles.sort(Comparator.comparingInt(RowsBuilder::rightPosition));
        List<Move> movesByRight = new ArrayList<>(comparison.moves());
        movesByRight.sort(Comparator.comparingInt(m -> m.right().get(0)));
        int nextSingle = 0;
        int nextMove = 0;
        List<RowView> result = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ComparedPair pair && !pair.pair().relation().isMove()) {
                int right = pair.pair().firstRight();
                while (nextSingle < rightSingles.size() || nextMove < movesByRight.size()) {
                    int single = nextSingle < rightSingles.size() ? rightPosition(rightSingles.get(nextSingle)) : Integer.MAX_VALUE;
                    int moved = nextMove < movesByRight.size() ? movesByRight.get(nextMove).right().get(0) : Integer.MAX_VALUE;
                    if (Math.min(single, moved) >= right) {
                        break;
                    }
                    result.add(single < moved ? rightSingleRow(rightSingles.get(nextSingle++))
                            : movedHereRow(movesByRight.get(nextMove++)));
                }
            }
            result.add(item instanceof ComparedPair pair ? pairRow(pair)
                    : item instanceof OneSided sentence ? leftOnlyRow(sentence) : linkedRow((Linked) item));
        }
        while (nextSingle < rightSingles.size() || nextMove < movesByRight.size()) {
            int single = nextSingle < rightSingles.size() ? rightPosition(rightSingles.get(nextSingle)) : Integer.MAX_VALUE;
            int moved = nextMove < movesByRight.size() ? movesByRight.get(nextMove).right().get(0) : Integer.MAX_VALUE;
            result.add(single < moved ? rightSingleRow(rightSingles.get(nextSingle++))
                    : movedHereRow(movesByRight.get(nextMove++)));
        }
        return result;
    }

    /** A sentence without a counterpart, on the same issue as {@code others} on the other side. */
    private record Linked(boolean left, int sentence, List<Integer> others) {
    }

    /** The unpaired sentences of one side that have topic links, with the sentences they link to. */
    private List<Linked> linked(boolean left) {
        Map<Integer, List<Integer>> others = new java.util.TreeMap<>();
        java.util.Set<Integer> paired = new java.util.HashSet<>();
        for (ComparedPair pair : comparison.pairs()) {
            paired.addAll(left ? pair.pair().left() : pair.pair().right());
        }
        for (TopicLink link : comparison.counterparts().links()) {
            int own = left ? link.left() : link.right();
            if (!paired.contains(own)) {
                others.computeIfAbsent(own, k -> new ArrayList<>()).add(left ? link.right() : link.left());
            }
        }
        List<Linked> result = new ArrayList<>();
        others.forEach((sentence, list) -> result.add(new Linked(left, sentence, list.stream().sorted().toList())));
        return result;
    }

    private static int leftPosition(Object item) {
        if (item instanceof ComparedPair pair) {
            return pair.pair().firstLeft();
        }
        if (item instanceof OneSided sentence) {
            return sentence.sentence();
        }
        Linked linked = (Linked) item;
        return linked.left() ? linked.sentence() : linked.others().get(0);
    }

    private static int rightPosition(Object item) {
        return item instanceof OneSided sentence ? sentence.sentence() : ((Linked) item).sentence();
    }

    private RowView rightSingleRow(Object item) {
        return item instanceof OneSided sentence ? rightOnlyRow(sentence) : linkedRow((Linked) item);
    }

    private RowView linkedRow(Linked linked) {
        String id = Ids.sentence(linked.left(), linked.sentence());
        anchors.put(id, id);
        SegmentedStatement statement = linked.left() ? comparison.left() : comparison.right();
        List<Fragment> text = List.of(new Fragment(VisibleText.of(statement.sentence(linked.sentence())
                .text(statement.text())), null, null));
        List<String> others = ids(linked.others(), !linked.left());
        String note = "same issue as " + String.join(", ", others) + ", but a different point";
        return new RowView(id, linked.left() ? "left-related" : "right-related", null, "same issue",
                linked.left() ? id : "", linked.left() ? "" : id, linked.left() ? List.of(id) : List.of(),
                linked.left() ? List.of() : List.of(id), linked.left() ? text : List.of(),
                linked.left() ? List.of() : text, note, others.get(0), false, true, false,
                paragraphStart(linked.left() ? linked.sentence() : -1, linked.left() ? -1 : linked.sentence()),
                comparison.left().language(), comparison.right().language());
    }

    private RowView pairRow(ComparedPair compared) {
        AlignedPair pair = compared.pair();
        List<String> ids = changeIds.get(compared);
        String anchor = anchor(pair);
        String note = null;
        String noteLink = null;
        if (pair.move() > 0) {
            Move move = move(pair.move());
            note = "moved: now at " + range(move.right(), false);
            noteLink = "move-" + move.id();
        }
        List<String> leftIds = ids(pair.left(), true);
        List<String> rightIds = ids(pair.right(), false);
        leftIds.forEach(id -> anchors.put(id, anchor));
        rightIds.forEach(id -> anchors.put(id, anchor));
        boolean substantive = compared.changes().stream().anyMatch(c -> c.kind() == ChangeKind.SUBSTANTIVE);
        boolean changed = !compared.changes().isEmpty() || pair.move() > 0;
        return new RowView(anchor, "pair", pair.relation().label(), pair.relation().label(),
                String.join(" ", leftIds), String.join(" ", rightIds), leftIds, rightIds,
                fragments(leftText, runs(comparison.left(), pair.left()), compared.changes(), ids, true),
                fragments(rightText, runs(comparison.right(), pair.right()), compared.changes(), ids, false),
                note, noteLink, false, changed, changed && !substantive && pair.move() == 0,
                paragraphStart(pair.firstLeft(), pair.firstRight()),
                comparison.left().language(), comparison.right().language());
    }

    private RowView leftOnlyRow(OneSided sentence) {
        String id = Ids.left(sentence.sentence());
        anchors.put(id, id);
        String text = comparison.left().sentence(sentence.sentence()).text(leftText);
        return new RowView(id, "left-only", null, counterparts ? "only in left" : "deleted", id, "", List.of(id),
                List.of(), List.of(new Fragment(VisibleText.of(text), null, null)), List.of(),
                sentence.boilerplate() ? "boilerplate" : null, null, sentence.boilerplate(), true, false,
                paragraphStart(sentence.sentence(), -1), comparison.left().language(), comparison.right().language());
    }

    private RowView rightOnlyRow(OneSided sentence) {
        String id = Ids.right(sentence.sentence());
        anchors.put(id, id);
        String text = comparison.right().sentence(sentence.sentence()).text(rightText);
        return new RowView(id, "right-only", null, counterparts ? "only in right" : "added", "", id, List.of(),
                List.of(id), List.of(), List.of(new Fragment(VisibleText.of(text), null, null)),
                sentence.boilerplate() ? "boilerplate" : null, null, sentence.boilerplate(), true, false,
                paragraphStart(-1, sentence.sentence()), comparison.left().language(), comparison.right().language());
    }

    private RowView movedHereRow(Move move) {
        String firstPair = firstPairOfMove().get(move.id());
        return new RowView("move-" + move.id(), "moved-here", null, "moved here", "", range(move.right(), false),
                List.of(), List.of(), List.of(), List.of(), "moved here from " + range(move.left(), true), firstPair,
                false, true, false, paragraphStart(-1, move.right().get(0)),
                comparison.left().language(), comparison.right().language());
    }

    /** The anchor of each move's first pair, by move id; built once (a long text has hundreds of moves). */
    private Map<Integer, String> firstPairOfMove() {
        if (firstPairOfMove == null) {
            firstPairOfMove = new HashMap<>();
            for (ComparedPair pair : comparison.pairs()) {
                if (pair.pair().move() > 0) {
                    firstPairOfMove.putIfAbsent(pair.pair().move(), anchor(pair.pair()));
                }
            }
        }
        return firstPairOfMove;
    }

    /** Moves are numbered from 1 in order. */
    private Move move(int id) {
        Move move = id >= 1 && id <= comparison.moves().size() ? comparison.moves().get(id - 1) : null;
        if (move == null || move.id() != id) {
            throw new IllegalStateException("pair names move " + id + ", which the comparison lacks");
        }
        return move;
    }

    /** Whether a row with these first sentences (-1: none on that side) opens a paragraph. */
    private boolean paragraphStart(int left, int right) {
        boolean first = lastLeftParagraph < 0 && lastRightParagraph < 0;
        int leftParagraph = left < 0 ? lastLeftParagraph : comparison.left().sentence(left).paragraph();
        int rightParagraph = right < 0 ? lastRightParagraph : comparison.right().sentence(right).paragraph();
        boolean starts = left >= 0 ? leftParagraph != lastLeftParagraph : rightParagraph != lastRightParagraph;
        lastLeftParagraph = leftParagraph;
        lastRightParagraph = rightParagraph;
        return starts && !first;
    }

    /**
     * The text a cell shows of a pair's sentences: one span per run of sentences that follow one
     * another. A group may hold sentences far apart (a sentence covering points the other side
     * makes in different places), and the text between them is not part of the pair.
     */
    public static List<Span> runs(SegmentedStatement statement, List<Integer> sentences) {
        List<Integer> ordered = sentences.stream().sorted().toList();
        List<Span> runs = new ArrayList<>();
        int runStart = ordered.get(0);
        for (int k = 1; k <= ordered.size(); k++) {
            if (k == ordered.size() || ordered.get(k) != ordered.get(k - 1) + 1) {
                runs.add(new Span(statement.sentence(runStart).start(), statement.sentence(ordered.get(k - 1)).end()));
                if (k < ordered.size()) {
                    runStart = ordered.get(k);
                }
            }
        }
        return runs;
    }

    /** The run of {@code runs} that holds offset {@code at} (or the last run before it). */
    static Span runAt(List<Span> runs, int at) {
        Span found = runs.get(0);
        for (Span run : runs) {
            if (run.start() <= at) {
                found = run;
            }
        }
        return found;
    }

    /**
     * A cell's text cut into plain and changed pieces, run by run, with {@link #GAP} between two
     * runs (the differ never lets a change reach across the text between them).
     */
    public static List<Fragment> fragments(String text, List<Span> runs, List<Change> changes, List<String> ids,
                                            boolean left) {
        List<Fragment> fragments = new ArrayList<>();
        for (Span run : runs) {
            if (!fragments.isEmpty()) {
                fragments.add(new Fragment(GAP, null, null));
            }
            int at = run.start();
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                Span span = left ? change.left() : change.right();
                if (span.isEmpty() || span.start() < at || span.end() > run.end()) {
                    continue;
                }
                if (span.start() > at) {
                    fragments.add(new Fragment(VisibleText.of(text.substring(at, span.start())), null, null));
                }
                fragments.add(new Fragment(VisibleText.of(span.of(text)), change.kind().label(), ids.get(i)));
                at = span.end();
            }
            if (at < run.end()) {
                fragments.add(new Fragment(VisibleText.of(text.substring(at, run.end())), null, null));
            }
        }
        return fragments;
    }

    /** Up to {@value #CONTEXT_CHARS} characters before {@code at}, cut after a space where there is one. */
    static String before(String text, int cellStart, int at) {
        int from = Math.max(cellStart, at - CONTEXT_CHARS);
        if (from == cellStart) {
            return text.substring(from, at).stripLeading();
        }
        int space = spaceBetween(text, from, Math.min(at, from + CONTEXT_CHARS / 3), true);
        if (space >= 0) {
            from = space + 1;
        } else if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return "\u2026" + text.substring(from, at);
    }

    /** Up to {@value #CONTEXT_CHARS} characters after {@code at}, cut before a space where there is one. */
    static String after(String text, int at, int cellEnd) {
        int to = Math.min(cellEnd, at + CONTEXT_CHARS);
        if (to == cellEnd) {
            return text.substring(at, to).stripTrailing();
        }
        int space = spaceBetween(text, Math.max(at + 1, to - CONTEXT_CHARS / 3), to, false);
        if (space >= 0) {
            to = space;
        } else if (Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return text.substring(at, to) + "\u2026";
    }

    /** The first (or last) space in {@code [from, to)}, or -1; bounded, as CJK text may have none. */
    private static int spaceBetween(String text, int from, int to, boolean first) {
        for (int k = 0; k < to - from; k++) {
            int i = first ? from + k : to - 1 - k;
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    static String anchor(AlignedPair pair) {
        return String.join("-", ids(pair.left(), true)) + "-" + String.join("-", ids(pair.right(), false));
    }

    private static List<String> ids(List<Integer> sentences, boolean left) {
        List<String> ids = new ArrayList<>(sentences.size());
        for (int index : sentences) {
            ids.add(Ids.sentence(left, index));
        }
        return ids;
    }

    private static String join(List<Integer> sentences, boolean left) {
        return String.join(" ", ids(sentences, left));
    }

    private static String range(List<Integer> sentences, boolean left) {
        String first = Ids.sentence(left, sentences.get(0));
        String last = Ids.sentence(left, sentences.get(sentences.size() - 1));
        return first.equals(last) ? first : first + "\u2013" + last;
    }
}

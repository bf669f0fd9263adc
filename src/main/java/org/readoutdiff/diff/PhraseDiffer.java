package org.readoutdiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Token;
import org.readoutdiff.text.TokenList;

/**
 * The phrase-level changes between the tokens of one aligned pair: a word diff of the
 * comparison keys, merged into phrases, classified, plus format changes where equal keys are
 * written differently (curly and straight quotes, dashes).
 */
public final class PhraseDiffer {

    private static final PhraseDiff NO_CHANGES = new PhraseDiff(List.of(), false);

    private final SequenceDiffer sequences;
    private final boolean accentsAreFormat;

    /** @param maxTokens the largest pair (left plus right tokens) diffed word by word */
    public PhraseDiffer(int maxTokens) {
        this(maxTokens, false);
    }

    /**
     * @param accentsAreFormat whether a word whose Latin letters differ only in accents is the
     *                         same word written differently (a format change), as between two
     *                         sides' readouts; between versions of one text it is an edit
     */
    public PhraseDiffer(int maxTokens, boolean accentsAreFormat) {
        this.sequences = new SequenceDiffer(maxTokens);
        this.accentsAreFormat = accentsAreFormat;
    }

    public PhraseDiff diff(String leftText, List<Token> left, String rightText, List<Token> right, Deadline deadline) {
        return diff(leftText, left, rightText, right, deadline, () -> false);
    }

    /**
     * @param pageFurniture whether both sides are page furniture rather than the statement
     *                      (then a change of words or punctuation is boilerplate); asked only
     *                      when the pair has such a change
     */
    public PhraseDiff diff(String leftText, List<Token> leftTokens, String rightText, List<Token> rightTokens,
                           Deadline deadline, BooleanSupplier pageFurniture) {
        TokenList left = TokenList.of(leftTokens);
        TokenList right = TokenList.of(rightTokens);
        if (sameCharacters(leftText, left, rightText, right)) {
            return NO_CHANGES; // most pairs between versions: nothing to diff, nothing to report
        }
        if (compareKeys(left, right) > 0) {
            // Myers breaks ties between equally short edit scripts by direction; diffing in one
            // canonical order makes swapping the sides swap the changes exactly
            PhraseDiff swapped = diffInOrder(rightText, right, leftText, left, deadline, pageFurniture);
            return new PhraseDiff(swapped.changes().stream().map(Change::swapped).toList(), swapped.coarse());
        }
        return diffInOrder(leftText, left, rightText, right, deadline, pageFurniture);
    }

    /** Orders token lists by their keys, lexicographically. */
    private static int compareKeys(TokenList left, TokenList right) {
        int limit = Math.min(left.size(), right.size());
        for (int i = 0; i < limit; i++) {
            int order = left.key(i).compareTo(right.key(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private PhraseDiff diffInOrder(String leftText, TokenList left, String rightText, TokenList right,
                                   Deadline deadline, BooleanSupplier pageFurniture) {
        List<Hunk> hunks;
        boolean coarse = false;
        try {
            hunks = sequences.diff(keys(left), keys(right), deadline);
        } catch (BudgetExceededException e) {
            hunks = wholeMiddle(left, right);
            coarse = true;
        }
        hunks = ExactSlide.slide(hunks, leftText, left, rightText, right);
        hunks = PhraseCleanup.mergeAcrossTinyEqualities(hunks, left, right);
        hunks = splitAtGaps(hunks, gaps(leftText, left), gaps(rightText, right));
        boolean furniture = !hunks.isEmpty() && pageFurniture.getAsBoolean();
        List<Change> changes = new ArrayList<>();
        int leftDone = 0;
        int rightDone = 0;
        for (Hunk hunk : hunks) {
            addFormatChanges(leftText, left, leftDone, rightText, right, rightDone, hunk.leftStart() - leftDone, changes);
            ChangeKind kind = ChangeClassifier.classify(left.subList(hunk.leftStart(), hunk.leftEnd()),
                    right.subList(hunk.rightStart(), hunk.rightEnd()), furniture);
            changes.add(new Change(kind, span(left, hunk.leftStart(), hunk.leftEnd()),
                    span(right, hunk.rightStart(), hunk.rightEnd())));
            leftDone = hunk.leftEnd();
            rightDone = hunk.rightEnd();
        }
        addFormatChanges(leftText, left, leftDone, rightText, right, rightDone, left.size() - leftDone, changes);
        return new PhraseDiff(changes, coarse);
    }

    /**
     * The token indices after which other text lies: a pair may hold sentences that are not
     * next to each other (one sentence covering points the other side makes far apart), and a
     * change must not reach across the text between them.
     */
    static List<Integer> gaps(String text, TokenList tokens) {
        List<Integer> gaps = new ArrayList<>();
        for (int k = 1; k < tokens.size(); k++) {
            for (int i = tokens.end(k - 1); i < tokens.start(k); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    gaps.add(k);
                    break;
                }
            }
        }
        return gaps;
    }

    /**
     * Cuts every hunk that reaches across a gap into pieces, each within one stretch of text on
     * both sides: the i-th stretch on the left goes with the i-th on the right, and stretches
     * left over on one side become deletions or insertions of their own.
     */
    static List<Hunk> splitAtGaps(List<Hunk> hunks, List<Integer> leftGaps, List<Integer> rightGaps) {
        if (leftGaps.isEmpty() && rightGaps.isEmpty()) {
            return hunks;
        }
        List<Hunk> pieces = new ArrayList<>(hunks.size());
        for (Hunk hunk : hunks) {
            List<int[]> lefts = stretches(hunk.leftStart(), hunk.leftEnd(), leftGaps);
            List<int[]> rights = stretches(hunk.rightStart(), hunk.rightEnd(), rightGaps);
            int l = hunk.leftStart();
            int r = hunk.rightStart();
            for (int i = 0; i < Math.max(lefts.size(), rights.size()); i++) {
                int[] ls = i < lefts.size() ? lefts.get(i) : new int[] {l, l};
                int[] rs = i < rights.size() ? rights.get(i) : new int[] {r, r};
                pieces.add(new Hunk(ls[0], ls[1], rs[0], rs[1]));
                l = ls[1];
                r = rs[1];
            }
        }
        return pieces;
    }

    /** {@code [from, to)} cut at the gaps inside it; one empty stretch for an empty range. */
    private static List<int[]> stretches(int from, int to, List<Integer> gaps) {
        List<int[]> stretches = new ArrayList<>();
        int start = from;
        for (int gap : gaps) {
            if (gap > from && gap < to) {
                stretches.add(new int[] {start, gap});
                start = gap;
            }
        }
        if (start < to || stretches.isEmpty()) {
            stretches.add(new int[] {start, to});
        }
        return stretches;
    }

    /** Equal keys, different characters: one format change per run of such tokens. */
    private static void addFormatChanges(String leftText, TokenList left, int leftFrom, String rightText,
                                         TokenList right, int rightFrom, int count, List<Change> out) {
        int runStart = -1;
        for (int i = 0; i <= count; i++) {
            boolean differs = i < count && !sameCharacters(leftText, left.start(leftFrom + i), left.end(leftFrom + i),
                    rightText, right.start(rightFrom + i), right.end(rightFrom + i));
            if (differs && runStart < 0) {
                runStart = i;
            } else if (!differs && runStart >= 0) {
                out.add(new Change(ChangeKind.FORMAT, span(left, leftFrom + runStart, leftFrom + i),
                        span(right, rightFrom + runStart, rightFrom + i)));
                runStart = -1;
            }
        }
    }

    /** True when both token runs are written exactly alike, spacing included. */
    private static boolean sameCharacters(String leftText, TokenList left, String rightText, TokenList right) {
        if (left.size() != right.size() || left.isEmpty()) {
            return left.isEmpty() && right.isEmpty();
        }
        return sameText(leftText, left.start(0), left.end(left.size() - 1),
                rightText, right.start(0), right.end(right.size() - 1));
    }

    /**
     * Whether {@code [leftStart, leftEnd)} of one text and {@code [rightStart, rightEnd)} of the
     * other are the same characters.
     */
    static boolean sameText(String leftText, int leftStart, int leftEnd, String rightText, int rightStart, int rightEnd) {
        int length = leftEnd - leftStart;
        return length == rightEnd - rightStart && leftText.regionMatches(leftStart, rightText, rightStart, length);
    }

    /**
     * Whether two tokens, {@code [leftStart, leftEnd)} and {@code [rightStart, rightEnd)}, have the
     * same characters, white space aside (a token holds some only where a line wraps a Chinese word).
     */
    private static boolean sameCharacters(String leftText, int leftStart, int leftEnd, String rightText,
                                          int rightStart, int rightEnd) {
        if (sameText(leftText, leftStart, leftEnd, rightText, rightStart, rightEnd)) {
            return true;
        }
        int i = leftStart;
        int j = rightStart;
        while (true) {
            while (i < leftEnd && Character.isWhitespace(leftText.charAt(i))) {
                i++;
            }
            while (j < rightEnd && Character.isWhitespace(rightText.charAt(j))) {
                j++;
            }
            if (i == leftEnd || j == rightEnd) {
                return i == leftEnd && j == rightEnd;
            }
            if (leftText.charAt(i++) != rightText.charAt(j++)) {
                return false;
            }
        }
    }

    private static List<Hunk> wholeMiddle(TokenList left, TokenList right) {
        int prefix = 0;
        int limit = Math.min(left.size(), right.size());
        while (prefix < limit && left.key(prefix).equals(right.key(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && left.key(left.size() - 1 - suffix).equals(right.key(right.size() - 1 - suffix))) {
            suffix++;
        }
        Hunk middle = new Hunk(prefix, left.size() - suffix, prefix, right.size() - suffix);
        return middle.leftSize() == 0 && middle.rightSize() == 0 ? List.of() : List.of(middle);
    }

    private List<String> keys(TokenList tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(accentsAreFormat ? KeyNormalizer.withoutLatinAccents(tokens.key(i)) : tokens.key(i));
        }
        return keys;
    }

    /**
     * The text covered by tokens {@code [from, to)}; for an empty range, the place where the
     * next token starts (or where the last one ends).
     */
    static Span span(TokenList tokens, int from, int to) {
        if (from < to) {
            return new Span(tokens.start(from), tokens.end(to - 1));
        }
        if (from < tokens.size()) {
            return Span.at(tokens.start(from));
        }
        return Span.at(tokens.isEmpty() ? 0 : tokens.end(tokens.size() - 1));
    }
}

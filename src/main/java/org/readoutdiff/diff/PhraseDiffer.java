package org.readoutdiff.diff;

import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Token;

/**
 * The phrase-level changes between the tokens of one aligned pair: a word diff of the
 * comparison keys, merged into phrases, classified, plus format changes where equal keys are
 * written differently (curly and straight quotes, dashes).
 */
public final class PhraseDiffer {

    private static final PhraseDiff NO_CHANGES = new PhraseDiff(List.of(), false);

    private final SequenceDiffer sequences;

    /** @param maxTokens the largest pair (left plus right tokens) diffed word by word */
    public PhraseDiffer(int maxTokens) {
        this.sequences = new SequenceDiffer(maxTokens);
    }

    public PhraseDiff diff(String leftText, List<Token> left, String rightText, List<Token> right, Deadline deadline) {
        if (sameCharacters(leftText, left, rightText, right)) {
            return NO_CHANGES; // most pairs between versions: nothing to diff, nothing to report
        }
        List<Hunk> hunks;
        boolean coarse = false;
        try {
            hunks = sequences.diff(keys(left), keys(right), deadline);
        } catch (BudgetExceededException e) {
            hunks = wholeMiddle(left, right);
            coarse = true;
        }
        hunks = PhraseCleanup.mergeAcrossTinyEqualities(hunks, left, right);
        List<Change> changes = new ArrayList<>();
        int leftDone = 0;
        int rightDone = 0;
        for (Hunk hunk : hunks) {
            addFormatChanges(leftText, left, leftDone, rightText, right, rightDone, hunk.leftStart() - leftDone, changes);
            ChangeKind kind = ChangeClassifier.classify(left.subList(hunk.leftStart(), hunk.leftEnd()),
                    right.subList(hunk.rightStart(), hunk.rightEnd()));
            changes.add(new Change(kind, span(left, hunk.leftStart(), hunk.leftEnd()),
                    span(right, hunk.rightStart(), hunk.rightEnd())));
            leftDone = hunk.leftEnd();
            rightDone = hunk.rightEnd();
        }
        addFormatChanges(leftText, left, leftDone, rightText, right, rightDone, left.size() - leftDone, changes);
        return new PhraseDiff(changes, coarse);
    }

    /** Equal keys, different characters: one format change per run of such tokens. */
    private static void addFormatChanges(String leftText, List<Token> left, int leftFrom, String rightText,
                                         List<Token> right, int rightFrom, int count, List<Change> out) {
        int runStart = -1;
        for (int i = 0; i <= count; i++) {
            boolean differs = i < count && !sameCharacters(leftText, left.get(leftFrom + i), rightText, right.get(rightFrom + i));
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
    private static boolean sameCharacters(String leftText, List<Token> left, String rightText, List<Token> right) {
        if (left.size() != right.size() || left.isEmpty()) {
            return left.isEmpty() && right.isEmpty();
        }
        int leftStart = left.get(0).start();
        int rightStart = right.get(0).start();
        int length = left.get(left.size() - 1).end() - leftStart;
        return length == right.get(right.size() - 1).end() - rightStart
                && leftText.regionMatches(leftStart, rightText, rightStart, length);
    }

    private static boolean sameCharacters(String leftText, Token left, String rightText, Token right) {
        int length = left.end() - left.start();
        return length == right.end() - right.start()
                && leftText.regionMatches(left.start(), rightText, right.start(), length);
    }

    private static List<Hunk> wholeMiddle(List<Token> left, List<Token> right) {
        int prefix = 0;
        int limit = Math.min(left.size(), right.size());
        while (prefix < limit && left.get(prefix).key().equals(right.get(prefix).key())) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && left.get(left.size() - 1 - suffix).key().equals(right.get(right.size() - 1 - suffix).key())) {
            suffix++;
        }
        Hunk middle = new Hunk(prefix, left.size() - suffix, prefix, right.size() - suffix);
        return middle.leftSize() == 0 && middle.rightSize() == 0 ? List.of() : List.of(middle);
    }

    private static List<String> keys(List<Token> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            keys.add(token.key());
        }
        return keys;
    }

    /**
     * The text covered by tokens {@code [from, to)}; for an empty range, the place where the
     * next token starts (or where the last one ends).
     */
    static Span span(List<Token> tokens, int from, int to) {
        if (from < to) {
            return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        }
        if (from < tokens.size()) {
            return Span.at(tokens.get(from).start());
        }
        return Span.at(tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end());
    }
}

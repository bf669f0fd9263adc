package org.readoutdiff.diff;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.readoutdiff.text.Deadline;

/**
 * A minimal edit script between two sequences (java-diff-utils' Myers), within a budget.
 *
 * <p>Myers is quadratic in practice on dissimilar input, so callers diff short sequences
 * (tokens of one aligned pair, sentences of one gap); this class trims the common prefix and
 * suffix first, refuses sequences above {@code maxElements}, and stops at the deadline.
 */
public final class SequenceDiffer {

    private final int maxElements;

    public SequenceDiffer(int maxElements) {
        this.maxElements = maxElements;
    }

    public <T> List<Hunk> diff(List<T> left, List<T> right, Deadline deadline) throws BudgetExceededException {
        int prefix = 0;
        int limit = Math.min(left.size(), right.size());
        while (prefix < limit && left.get(prefix).equals(right.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && left.get(left.size() - 1 - suffix).equals(right.get(right.size() - 1 - suffix))) {
            suffix++;
        }
        List<T> leftMiddle = left.subList(prefix, left.size() - suffix);
        List<T> rightMiddle = right.subList(prefix, right.size() - suffix);
        if (leftMiddle.isEmpty() && rightMiddle.isEmpty()) {
            return List.of();
        }
        if (leftMiddle.isEmpty() || rightMiddle.isEmpty()) {
            return List.of(new Hunk(prefix, prefix + leftMiddle.size(), prefix, prefix + rightMiddle.size()));
        }
        if (leftMiddle.size() + rightMiddle.size() > maxElements) {
            throw new BudgetExceededException("a pair of " + leftMiddle.size() + " and " + rightMiddle.size()
                    + " tokens is larger than the word-diff budget of " + maxElements);
        }
        List<Change> changes;
        try {
            changes = new MyersDiff<T>().computeDiff(leftMiddle, rightMiddle, new DeadlineListener(deadline));
        } catch (DeadlinePassed e) {
            throw new BudgetExceededException("the time budget ran out while diffing words");
        }
        List<Hunk> hunks = new ArrayList<>(changes.size());
        for (Change change : changes) {
            if (change.deltaType == DeltaType.EQUAL) {
                continue;
            }
            hunks.add(new Hunk(change.startOriginal + prefix, change.endOriginal + prefix,
                    change.startRevised + prefix, change.endRevised + prefix));
        }
        hunks.sort(Comparator.comparingInt(Hunk::leftStart).thenComparingInt(Hunk::rightStart));
        return mergeTouching(hunks);
    }

    /** Myers may report a deletion and an insertion at the same place as two changes; one is clearer. */
    private static List<Hunk> mergeTouching(List<Hunk> hunks) {
        List<Hunk> merged = new ArrayList<>(hunks.size());
        for (Hunk hunk : hunks) {
            if (!merged.isEmpty()) {
                Hunk last = merged.get(merged.size() - 1);
                if (last.leftEnd() == hunk.leftStart() && last.rightEnd() == hunk.rightStart()) {
                    merged.set(merged.size() - 1, last.mergedWith(hunk));
                    continue;
                }
            }
            merged.add(hunk);
        }
        return merged;
    }

    private static final class DeadlinePassed extends RuntimeException {
        DeadlinePassed() {
            super(null, null, false, false);
        }
    }

    private record DeadlineListener(Deadline deadline) implements DiffAlgorithmListener {
        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (deadline.expired()) {
                throw new DeadlinePassed();
            }
        }

        @Override
        public void diffEnd() {
        }
    }
}
